package org.upward.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.people.PersonalDataExported;
import org.upward.people.PersonalDataRow;
import org.upward.people.PersonalDataSection;

/**
 * Assembles a person's data from every module's {@link PersonalDataSection}, in their order, in one read: for
 * the person themselves with their private texts, for an admin without them (their count given, and audited).
 */
@Service
class PersonalDataCollector {

    private final List<PersonalDataSection> sections;
    private final People people;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataCollector(
            List<PersonalDataSection> sections,
            People people,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sections = List.copyOf(sections);
        this.people = people;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's own data, private reflections included. */
    @Transactional(readOnly = true)
    public PersonalData own(String email) {
        return collect(people.getByEmail(email), true);
    }

    /** A person's data as an admin downloads it: no private text, only how many there are; audited. */
    @Transactional
    public PersonalData forAdmin(String email, String format) {
        PersonRef person = people.getByEmail(email);
        PersonalData data = collect(person, false);
        events.publishEvent(new PersonalDataExported(person.id(), person.email(), person.name(), format));
        return data;
    }

    /** The sections' names and titles, in order, for the page that offers the download. */
    public List<Map.Entry<String, String>> titles() {
        Locale locale = LocaleContextHolder.getLocale();
        return sections.stream().map(s -> Map.entry(s.name(), title(s, locale))).toList();
    }

    private PersonalData collect(PersonRef person, boolean privateTexts) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, PersonalData.Section> parts = new LinkedHashMap<>();
        int withheld = 0;
        for (PersonalDataSection section : sections) {
            List<PersonalDataRow> rows = section.rows(person.id(), privateTexts);
            boolean truncated = rows.size() > PersonalDataSection.MAX_ROWS;
            List<Map<String, Object>> kept = new ArrayList<>();
            for (PersonalDataRow row : truncated ? rows.subList(0, PersonalDataSection.MAX_ROWS) : rows) {
                kept.add(row.values());
            }
            int hidden = privateTexts ? 0 : section.privateTexts(person.id());
            withheld += hidden;
            parts.put(
                    section.name(),
                    new PersonalData.Section(
                            title(section, locale),
                            messages.getMessage(
                                    "personal-data.section." + section.name() + ".note", null, null, locale),
                            kept.size(),
                            truncated,
                            hidden,
                            kept));
        }
        String note = messages.getMessage(
                privateTexts ? "personal-data.note.own" : "personal-data.note.admin", new Object[] {withheld}, locale);
        return new PersonalData(person.email(), person.name(), clock.instant(), privateTexts, withheld, note, parts);
    }

    private String title(PersonalDataSection section, Locale locale) {
        return messages.getMessage("personal-data.section." + section.name(), null, locale);
    }
}
