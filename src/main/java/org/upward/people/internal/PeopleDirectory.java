package org.upward.people.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.shared.ConflictException;
import org.upward.shared.MalformedRequestException;
import org.upward.shared.UiText;

/** The people directory: search, create and edit people. */
@Service
class PeopleDirectory {

    private final PersonRepository people;
    private final PersonRules rules;
    private final Clock clock;
    private final Departures departures;
    private final DirectoryChanges changes;

    PeopleDirectory(
            PersonRepository people, PersonRules rules, Clock clock, Departures departures, DirectoryChanges changes) {
        this.changes = changes;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
        this.departures = departures;
    }

    /** One page of the people the search finds, by name then email. */
    @Transactional(readOnly = true)
    public Page<PersonView> search(PeopleSearch search, PageRequest page) {
        return people.findAll(matching(search), page.withSort(Sort.by("name", "email")))
                .map(PersonView::of);
    }

    @Transactional(readOnly = true)
    public PersonView get(String email) {
        return PersonView.of(find(email));
    }

    @Transactional(readOnly = true)
    public List<String> departments() {
        return people.findDepartments();
    }

    /** Up to {@code limit} people whose name or email contains the text, for the manager picker. */
    @Transactional(readOnly = true)
    public List<PersonView> suggest(String text, int limit) {
        return people.suggest(text == null ? "" : text.trim(), PageRequest.of(0, limit)).stream()
                .map(PersonView::of)
                .toList();
    }

    @Transactional
    public PersonView create(PersonDetails request) {
        PersonDetails details = request.normalized();
        if (people.existsByEmail(details.email())) {
            throw new ConflictException(
                    UiText.of("people.conflict.duplicateEmail"),
                    UiText.of("people.error.thereIsAlreadyAPersonWith", details.email()));
        }
        Person manager = rules.checkAndFindManager(details, null);
        Person person = new Person(details.email(), details.name(), details.department(), details.jobLevel());
        apply(person, details, manager);
        Person saved = people.saveAndFlush(person);
        changes.added(saved, false);
        departures.settle(List.of(saved.getId()));
        return PersonView.of(saved);
    }

    @Transactional
    public PersonView update(String email, PersonDetails request) {
        Person person = find(email);
        if (person.getErasedAt() != null) {
            throw new ConflictException(
                    UiText.of("people.conflict.erased"), UiText.of("people.error.erasedCannotBeChanged"));
        }
        PersonDetails details = request.normalized();
        if (details.version() == null) {
            throw new MalformedRequestException("version", UiText.of("people.error.sendTheVersionYouLastRead"));
        }
        if (details.version() != person.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Person.class, person.getEmail());
        }
        if (!details.email().equals(person.getEmail()) && people.existsByEmail(details.email())) {
            throw new ConflictException(
                    UiText.of("people.conflict.emailTaken"),
                    UiText.of("people.error.canTChangeTheEmailTo", details.email()));
        }
        Person manager = rules.checkAndFindManager(details, person);
        PersonFields before = PersonFields.of(person);
        person.setEmail(details.email());
        person.setName(details.name());
        person.setDepartment(details.department());
        person.setJobLevel(details.jobLevel());
        apply(person, details, manager);
        people.flush();
        changes.changed(person, before, false);
        departures.settle(List.of(person.getId()));
        return PersonView.of(person);
    }

    private void apply(Person person, PersonDetails details, Person manager) {
        person.setJobTitle(details.jobTitle());
        person.setManager(manager);
        person.setHireDate(details.hireDate());
        person.setLeaveDate(details.leaveDate());
        person.setGeneration(details.generation());
        person.setUpdatedAt(clock.instant());
    }

    private Person find(String email) {
        return people.findByEmail(People.normalizeEmail(email)).orElseThrow(() -> new PersonNotFoundException(email));
    }

    private static Specification<Person> matching(PeopleSearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (search.hasQuery()) {
                String pattern = "%" + likeEscaped(search.q().trim().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'), cb.like(root.get("email"), pattern, '\\')));
            }
            if (search.hasDepartment()) {
                predicates.add(
                        cb.equal(root.get("department"), search.department().trim()));
            }
            if (search.level() != null) {
                predicates.add(cb.equal(root.get("jobLevel"), search.level()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
