package org.upward.enrollment.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.SkillView;
import org.upward.program.ProgramService;

/**
 * An enrollments.csv to start from: the header and one mentor and one mentee, filled with people of the directory
 * not yet in the program and skills of the catalog, so that the file imports as it is and shows every format.
 */
@Component
class EnrollmentTemplate {

    /** Reverse mentoring: the senior people are the mentees, so the sample is drawn from the top of the list. */
    private static final int SAMPLE = 100;

    private final NamedEnrollments named;
    private final ProgramRoster roster;
    private final People people;
    private final ProgramService programs;

    EnrollmentTemplate(NamedEnrollments named, ProgramRoster roster, People people, ProgramService programs) {
        this.named = named;
        this.roster = roster;
        this.people = people;
        this.programs = programs;
    }

    @Transactional(readOnly = true)
    String csv(long programId) {
        programs.get(programId);
        Set<String> enrolled =
                named.of(programId).stream().map(n -> n.person().email()).collect(Collectors.toSet());
        List<String> free = people.mostSenior(SAMPLE).stream()
                .map(People.PersonChoice::email)
                .filter(email -> !enrolled.contains(email))
                .toList();
        String mentee = free.isEmpty() ? "mentee@example.com" : free.get(0);
        String mentor = free.size() < 2 ? "mentor@example.com" : free.get(free.size() - 1);
        List<String> skills = roster.skillsByLowerName().values().stream()
                .filter(skill -> !skill.retired())
                .map(SkillView::name)
                .filter(name -> !name.contains(":") && !name.contains(";"))
                .sorted()
                .limit(2)
                .toList();
        String first = skills.isEmpty() ? "AI assistants" : skills.get(0);
        String second = skills.size() < 2 ? first : skills.get(1);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(EnrollmentCsvReader.COLUMNS);
            printer.printRecord(
                    mentor, "MENTOR", offered(first, second), "", "gaming;sustainability", "EXTROVERT", "VIDEO", "2");
            printer.printRecord(
                    mentee, "MENTEE", "", wanted(first, second), "sustainability", "INTROVERT", "EITHER", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The template as a download named enrollments.csv. */
    static ResponseEntity<String> download(String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enrollments.csv\"")
                .body(csv);
    }

    private static String offered(String first, String second) {
        return first.equals(second) ? first + ":4" : first + ":4;" + second + ":3";
    }

    private static String wanted(String first, String second) {
        return first.equals(second) ? first + ":1:HIGH" : first + ":1:HIGH;" + second + ":2:MEDIUM";
    }
}
