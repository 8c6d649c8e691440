package org.upward.enrollment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PeopleService;
import org.upward.people.Person;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.web.ConflictException;
import org.upward.web.CsvImportException;
import org.upward.web.CsvProblem;
import org.upward.web.CsvText;
import org.upward.web.FieldProblem;
import org.upward.web.InvalidFieldsException;
import org.upward.web.NotFoundException;

/** Enrollments' public face for admins: who takes part in a program, on which side, with which profile. */
@Service
public class EnrollmentService {

    private static final Set<ProgramStatus> OPEN = Set.of(ProgramStatus.DRAFT, ProgramStatus.ENROLLING);

    private final EnrollmentRepository enrollments;
    private final PeopleService people;
    private final SkillCatalog skills;
    private final ProgramService programs;
    private final Clock clock;

    EnrollmentService(
            EnrollmentRepository enrollments,
            PeopleService people,
            SkillCatalog skills,
            ProgramService programs,
            Clock clock) {
        this.enrollments = enrollments;
        this.people = people;
        this.skills = skills;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EnrollmentView> list(long programId) {
        programs.get(programId);
        Map<Long, SkillView> byId = skillsById();
        return enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .map(e -> EnrollmentView.of(e, byId))
                .toList();
    }

    @Transactional(readOnly = true)
    public Completeness completeness(long programId) {
        List<Enrollment> active = enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .toList();
        return new Completeness(
                count(active, Side.MENTOR, false),
                count(active, Side.MENTOR, true),
                count(active, Side.MENTEE, false),
                count(active, Side.MENTEE, true));
    }

    private static long count(List<Enrollment> active, Side side, boolean completeOnly) {
        return active.stream()
                .filter(e -> e.getSide() == side && (!completeOnly || e.isComplete()))
                .count();
    }

    /** Adds a person on one side with an empty profile, which they fill in themselves. */
    @Transactional
    public EnrollmentView enroll(long programId, String email, Side side) {
        requireOpen(programId);
        Person person = people.getByEmail(email);
        enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .filter(e -> e.getPerson().getId().equals(person.getId()))
                .findFirst()
                .ifPresent(existing -> {
                    throw new ConflictException(
                            "Already enrolled",
                            person.getName() + " is already enrolled in this program as " + existing.getSide() + ".");
                });
        return EnrollmentView.of(
                enrollments.save(new Enrollment(programId, person, side, clock.instant())), skillsById());
    }

    /** Creates or updates one full enrollment, as the API's POST does. */
    @Transactional
    public EnrollmentView save(long programId, EnrollmentDraft draft) {
        List<CsvProblem> problems = new ArrayList<>();
        ImportCounts ignored = upsertAll(programId, List.of(new EnrollmentCsvReader.Row(0, draft)), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.stream()
                    .map(p -> new FieldProblem(p.field(), p.message()))
                    .toList());
        }
        Person person = people.getByEmail(draft.email());
        return list(programId).stream()
                .filter(view -> view.email().equals(person.getEmail()))
                .findFirst()
                .orElseThrow();
    }

    /** Imports enrollments.csv all-or-nothing: any bad row and nothing is written. */
    @Transactional
    public ImportCounts importCsv(long programId, byte[] file) {
        List<CsvProblem> problems = new ArrayList<>();
        List<EnrollmentCsvReader.Row> rows = EnrollmentCsvReader.read(CsvText.decode(file), problems);
        requireOpen(programId);
        ImportCounts counts = upsertAll(programId, rows, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CsvProblem::line));
            throw new CsvImportException(problems);
        }
        return counts;
    }

    private ImportCounts upsertAll(long programId, List<EnrollmentCsvReader.Row> rows, List<CsvProblem> problems) {
        requireOpen(programId);
        ProfileRules rules = new ProfileRules(skillsByLowerName());
        Map<String, Enrollment> existing = enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .collect(Collectors.toMap(e -> e.getPerson().getEmail(), Function.identity()));
        Set<String> seen = new HashSet<>();
        List<Runnable> writes = new ArrayList<>();
        int[] counts = new int[2];
        boolean api = rows.size() == 1 && rows.get(0).line() == 0;
        for (EnrollmentCsvReader.Row row : rows) {
            String email = Person.normalizeEmail(row.draft().email());
            int line = row.line();
            if (email == null || email.isEmpty()) {
                problems.add(new CsvProblem(line, "email", "is required"));
                continue;
            }
            if (!seen.add(email)) {
                problems.add(new CsvProblem(line, "email", email + " appears more than once in the file"));
                continue;
            }
            var person = people.findByEmail(email);
            if (person.isEmpty()) {
                problems.add(new CsvProblem(line, "email", "no person with email " + email + "; import people first"));
            }
            ProfileRules.Checked checked = rules.check(row.draft());
            checked.problems()
                    .forEach(p -> problems.add(new CsvProblem(line, api ? p.field() : p.column(), p.message())));
            Enrollment current = existing.get(email);
            if (current != null
                    && row.draft().side() != null
                    && current.getSide() != row.draft().side()) {
                problems.add(new CsvProblem(
                        line,
                        "side",
                        email + " is already enrolled as " + current.getSide()
                                + "; nobody can be on both sides of a program"));
            }
            if (person.isPresent() && checked.profile().isPresent() && problems.isEmpty()) {
                Enrollment target = current != null
                        ? current
                        : new Enrollment(programId, person.get(), row.draft().side(), clock.instant());
                counts[current != null ? 1 : 0]++;
                writes.add(() -> {
                    target.apply(checked.profile().get(), clock.instant());
                    enrollments.save(target);
                });
            }
        }
        if (problems.isEmpty()) {
            writes.forEach(Runnable::run);
            enrollments.flush();
        }
        return new ImportCounts(counts[0], counts[1]);
    }

    @Transactional
    public void withdraw(long programId, long enrollmentId) {
        find(programId, enrollmentId).withdraw(clock.instant());
    }

    @Transactional
    public void reinstate(long programId, long enrollmentId) {
        requireOpen(programId);
        find(programId, enrollmentId).reinstate(clock.instant());
    }

    /** The active enrollments with complete profiles: the people a pairing run considers. */
    @Transactional(readOnly = true)
    public List<PairingProfile> pairingProfiles(long programId) {
        return enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN && e.isComplete())
                .map(e -> new PairingProfile(
                        e.getPerson().getId(),
                        e.getPerson().getEmail(),
                        e.getPerson().getName(),
                        e.getPerson().getDepartment(),
                        e.getSide(),
                        e.getSkillsOffered().stream().collect(Collectors.toMap(SkillOffer::skillId, SkillOffer::level)),
                        e.getSkillsWanted().stream().collect(Collectors.toMap(SkillWish::skillId, Function.identity())),
                        Set.copyOf(e.getInterests()),
                        e.getWorkStyle(),
                        e.getMeetingPreference(),
                        e.getCapacity()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> activeEmails(long programId) {
        return enrollments.findByProgramIdOrderByPersonNameAsc(programId).stream()
                .filter(e -> e.getStatus() != EnrollmentStatus.WITHDRAWN)
                .map(e -> e.getPerson().getEmail())
                .toList();
    }

    private Enrollment find(long programId, long enrollmentId) {
        programs.get(programId);
        return enrollments
                .findByIdAndProgramId(enrollmentId, programId)
                .orElseThrow(() -> new EnrollmentNotFoundException(enrollmentId));
    }

    private ProgramView requireOpen(long programId) {
        ProgramView program = programs.get(programId);
        if (!OPEN.contains(program.status())) {
            throw new ConflictException(
                    "Enrollment closed",
                    "'" + program.name() + "' is " + program.status()
                            + ": people can be enrolled only while a program is DRAFT or ENROLLING.");
        }
        return program;
    }

    Map<Long, SkillView> skillsById() {
        return skills.all().stream().collect(Collectors.toMap(SkillView::id, Function.identity()));
    }

    Map<String, SkillView> skillsByLowerName() {
        Map<String, SkillView> byName = new HashMap<>();
        skills.all().forEach(skill -> byName.put(skill.name().toLowerCase(Locale.ROOT), skill));
        return byName;
    }

    static class EnrollmentNotFoundException extends NotFoundException {

        EnrollmentNotFoundException(long id) {
            super("No enrollment with id " + id + " in this program.");
        }
    }
}
