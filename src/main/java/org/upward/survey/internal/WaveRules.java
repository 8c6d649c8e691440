package org.upward.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;
import org.upward.survey.WaveRequest;

/** Checks a wave request: its name, its dates, and that the comparison group is known non-participants. */
@Component
class WaveRules {

    private static final Pattern NAME = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    private final People people;

    WaveRules(People people) {
        this.people = people;
    }

    /** A checked request: the wave's stored name and the comparison group's person ids (null: unchanged). */
    record Checked(String name, List<Long> comparisonIds) {}

    Checked check(WaveRequest request, Set<String> participantEmails) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = normalizedName(request.wave());
        if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("wave", UiText.of("survey.error.useLettersDigitsAndOnlyStarting")));
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            problems.add(
                    new FieldProblem("closesOn", UiText.of("survey.error.mustBeOnOrAfterOpenson", request.opensOn())));
        }
        List<Long> ids = null;
        if (request.comparisonGroup() != null) {
            ids = new ArrayList<>();
            Map<String, String> unknown = new LinkedHashMap<>();
            List<String> participants = new ArrayList<>();
            List<String> given = request.comparisonGroup().stream()
                    .filter(email -> email != null && !email.isBlank())
                    .toList();
            Map<String, PersonRef> known = people.byEmails(given);
            for (String email : given) {
                PersonRef person = known.get(People.normalizeEmail(email));
                if (person == null) {
                    unknown.put(People.normalizeEmail(email), email);
                } else if (participantEmails.contains(person.email())) {
                    participants.add(person.email());
                } else if (!ids.contains(person.id())) {
                    ids.add(person.id());
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem(
                        "comparisonGroup",
                        UiText.of("survey.error.noPersonWithEmailInDirectory", String.join(", ", unknown.keySet()))));
            }
            if (!participants.isEmpty()) {
                problems.add(new FieldProblem(
                        "comparisonGroup",
                        UiText.of("survey.error.participantsNotComparison", String.join(", ", participants))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new Checked(name, ids);
    }

    static String normalizedName(String wave) {
        return wave == null ? "" : wave.trim().toUpperCase(Locale.ROOT);
    }
}
