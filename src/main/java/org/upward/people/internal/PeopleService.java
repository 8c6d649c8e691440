package org.upward.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.people.PersonStanding;
import org.upward.shared.NearestText;
import org.upward.shared.ReadOncePerRequest;

/** The people directory's face for other modules: people by email or id as records, never entities. */
@Service
class PeopleService implements People {

    private final PersonRepository people;
    private final JdbcTemplate jdbc;
    private final ReportingLines reportingLines;
    private final Clock clock;

    PeopleService(PersonRepository people, JdbcTemplate jdbc, ReportingLines reportingLines, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonRef> findByEmail(String email) {
        String normalized = People.normalizeEmail(email);
        return ReadOncePerRequest.get(
                "person:" + normalized, () -> people.findByEmail(normalized).map(PeopleService::ref));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonStanding> standing(String email) {
        return jdbc
                .query(
                        "select p.id, p.email, p.name, p.department, p.job_level, p.hire_date, p.leave_date, m.email"
                                + " from person p left join person m on m.id = p.manager_id where p.email = ?",
                        (row, n) -> new PersonStanding(
                                ref(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                                row.getInt(5),
                                row.getObject(6, LocalDate.class),
                                row.getObject(7, LocalDate.class),
                                row.getString(8)),
                        People.normalizeEmail(email))
                .stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasLeft(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from person where email = ? and leave_date <= ?)",
                Boolean.class,
                People.normalizeEmail(email),
                LocalDate.now(clock)));
    }

    @Override
    @Transactional(readOnly = true)
    public PersonRef getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new PersonNotFoundException(email));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PersonRef> byIds(Collection<Long> ids) {
        Map<Long, PersonRef> refs = new LinkedHashMap<>();
        refsWhere("id", ids.toArray(Long[]::new)).forEach(ref -> refs.put(ref.id(), ref));
        return refs;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, PersonRef> byEmails(Collection<String> emails) {
        Map<String, PersonRef> refs = new LinkedHashMap<>();
        refsWhere("email", emails.stream().map(People::normalizeEmail).toArray(String[]::new))
                .forEach(ref -> refs.put(ref.email(), ref));
        return refs;
    }

    /** The people whose {@code column} (id or email) is one of {@code values}, in name order. */
    private List<PersonRef> refsWhere(String column, Object[] values) {
        if (values.length == 0) {
            return List.of();
        }
        return jdbc.query(
                "select id, email, name, department from person where " + column + " = any (?) order by name, email",
                (row, n) -> ref(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                (Object) values);
    }

    @Override
    @Transactional
    public PersonRef registerIfAbsent(NewPerson details) {
        return findByEmail(details.email()).orElseGet(() -> {
            Person person = new Person(details.email(), details.name(), details.department(), details.jobLevel());
            person.setJobTitle(details.jobTitle());
            return ref(people.save(person));
        });
    }

    @Override
    @Transactional
    public void assignManagerIfNone(String email, String managerEmail) {
        if (managerEmail == null) {
            return;
        }
        Person person =
                people.findByEmail(People.normalizeEmail(email)).orElseThrow(() -> new PersonNotFoundException(email));
        if (person.getManager() == null) {
            people.findByEmail(People.normalizeEmail(managerEmail)).ifPresent(person::setManager);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> departments() {
        return people.findDepartments();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailsInDepartment(String department, int limit) {
        return people.findByDepartment(department.trim(), PageRequest.of(0, limit, Sort.by("name", "email"))).stream()
                .map(Person::getEmail)
                .toList();
    }

    @Override
    public Optional<String> closestEmail(String email) {
        String typed = People.normalizeEmail(email);
        int at = typed == null ? -1 : typed.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        // candidates without scanning the directory: the same name elsewhere, or the same domain, about the same
        // length and the same first or last three letters of the name
        String local = typed.substring(0, at);
        List<String> near = jdbc.queryForList(
                """
                select email from person
                where split_part(email, '@', 1) = ?
                   or (split_part(email, '@', 2) = ? and abs(length(email) - ?) <= 2
                       and (left(email, 3) = ? or right(split_part(email, '@', 1), 3) = ?))
                limit 1000""",
                String.class,
                local,
                typed.substring(at + 1),
                typed.length(),
                local.substring(0, Math.min(3, local.length())),
                local.substring(Math.max(0, local.length() - 3)));
        return NearestText.to(typed, near);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonChoice> mostSenior(int limit) {
        return people.findMostSenior(PageRequest.of(0, limit)).stream()
                .map(p -> new PersonChoice(p.getEmail(), p.getName(), p.getJobTitle()))
                .toList();
    }

    @Override
    public Map<Long, Set<Long>> managersAbove(Collection<Long> personIds) {
        return reportingLines.managersAbove(personIds);
    }

    private static PersonRef ref(Person person) {
        return ref(person.getId(), person.getEmail(), person.getName(), person.getDepartment());
    }

    private static PersonRef ref(long id, String email, String name, String department) {
        return new PersonRef(id, email, name, department);
    }
}
