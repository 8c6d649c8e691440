package org.upward.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentDraft.OfferedSkill;
import org.upward.enrollment.EnrollmentDraft.WantedSkill;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvProblem;
import org.upward.shared.CsvText;
import org.upward.shared.TooLargeException;

/** enrollments.csv read into drafts, without Spring: each rule of the reader and its row reader, message by message. */
class EnrollmentCsvReaderTest {

    private static final String HEADER =
            "email,side,skills_offered,skills_wanted,interests,work_style,meeting_preference,capacity\n";

    private final List<CsvProblem> problems = new ArrayList<>();

    private List<EnrollmentCsvReader.Row> read(String text) {
        return EnrollmentCsvReader.read(text, problems);
    }

    private EnrollmentDraft onlyDraft(String row) {
        List<EnrollmentCsvReader.Row> rows = read(HEADER + row + "\n");
        assertThat(rows).hasSize(1);
        return rows.get(0).draft();
    }

    @Test
    void readsBothSkillFormatsEnumsInAnyCaseAndNumbersWithTheirLineNumbers() {
        List<EnrollmentCsvReader.Row> rows = read(HEADER
                + "ann@example.com,mentor,AI assistants:4; TikTok : 3 ;,,Running;music,introvert,video,2\n"
                + "bob@example.com,MENTEE,,Prompt writing:1:high;Instagram:2:Low,,Extrovert,in_person,\n");

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(EnrollmentCsvReader.Row::line).containsExactly(2, 3);
        assertThat(rows.get(0).draft())
                .isEqualTo(new EnrollmentDraft(
                        "ann@example.com",
                        Side.MENTOR,
                        List.of(new OfferedSkill("AI assistants", 4), new OfferedSkill("TikTok", 3)),
                        List.of(),
                        List.of("Running", "music"),
                        WorkStyle.INTROVERT,
                        MeetingPreference.VIDEO,
                        2));
        assertThat(rows.get(1).draft())
                .isEqualTo(new EnrollmentDraft(
                        "bob@example.com",
                        Side.MENTEE,
                        List.of(),
                        List.of(
                                new WantedSkill("Prompt writing", 1, Priority.HIGH),
                                new WantedSkill("Instagram", 2, Priority.LOW)),
                        List.of(),
                        WorkStyle.EXTROVERT,
                        MeetingPreference.IN_PERSON,
                        null));
    }

    @Test
    void onlyTheRequiredColumnsAreNeededAndBlankCellsAreLeftEmpty() {
        List<EnrollmentCsvReader.Row> rows = read("work_style,side,email\nambivert,mentee,  cy@example.com  \n");

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).draft())
                .isEqualTo(new EnrollmentDraft(
                        "cy@example.com",
                        Side.MENTEE,
                        List.of(),
                        List.of(),
                        List.of(),
                        WorkStyle.AMBIVERT,
                        null,
                        null));
        assertThat(onlyDraft(" , , , , , , , ").email()).isNull();
    }

    @Test
    void anOfferedSkillWithoutALevelIsAProblemAndKeepsItsName() {
        EnrollmentDraft draft = onlyDraft("ann@example.com,MENTOR,AI assistants,,,INTROVERT,,");

        assertThat(draft.skillsOffered()).containsExactly(new OfferedSkill("AI assistants", null));
        assertThat(problems)
                .containsExactly(new CsvProblem(2, "skills_offered", "'AI assistants' should be 'Skill name:level'"));
    }

    @Test
    void anOfferedSkillWithTooManyPartsIsAProblem() {
        onlyDraft("ann@example.com,MENTOR,AI assistants:4:HIGH,,,INTROVERT,,");

        assertThat(problems)
                .containsExactly(
                        new CsvProblem(2, "skills_offered", "'AI assistants:4:HIGH' should be 'Skill name:level'"));
    }

    @Test
    void aLevelThatIsNotAWholeNumberIsAProblem() {
        EnrollmentDraft draft = onlyDraft("ann@example.com,MENTOR,AI assistants:four,,,INTROVERT,,");

        assertThat(draft.skillsOffered()).containsExactly(new OfferedSkill("AI assistants", null));
        assertThat(problems).containsExactly(new CsvProblem(2, "skills_offered", "'four' is not a whole number"));
    }

    @Test
    void aWantedSkillNeedsNameCurrentLevelAndPriority() {
        EnrollmentDraft draft = onlyDraft("bob@example.com,MENTEE,,TikTok:2,,INTROVERT,,");

        assertThat(draft.skillsWanted()).containsExactly(new WantedSkill("TikTok", null, null));
        assertThat(problems)
                .containsExactly(
                        new CsvProblem(2, "skills_wanted", "'TikTok:2' should be 'Skill name:current level:priority'"));
    }

    @Test
    void aWantedSkillsPriorityIsHighMediumOrLow() {
        EnrollmentDraft draft = onlyDraft("bob@example.com,MENTEE,,TikTok:2:urgent,,INTROVERT,,");

        assertThat(draft.skillsWanted()).containsExactly(new WantedSkill("TikTok", 2, null));
        assertThat(problems)
                .containsExactly(new CsvProblem(2, "skills_wanted", "priority 'urgent' is not HIGH, MEDIUM or LOW"));
    }

    @Test
    void aWantedSkillsCurrentLevelIsAWholeNumber() {
        onlyDraft("bob@example.com,MENTEE,,TikTok:low:HIGH,,INTROVERT,,");

        assertThat(problems).containsExactly(new CsvProblem(2, "skills_wanted", "'low' is not a whole number"));
    }

    @Test
    void anUnknownSideWorkStyleOrMeetingPreferenceNamesTheChoices() {
        EnrollmentDraft draft = onlyDraft("ann@example.com,boss,,,,shy,phone,1");

        assertThat(draft.side()).isNull();
        assertThat(draft.workStyle()).isNull();
        assertThat(draft.meetingPreference()).isNull();
        assertThat(problems)
                .containsExactly(
                        new CsvProblem(2, "side", "'boss' is not a side: write MENTOR or MENTEE"),
                        new CsvProblem(
                                2,
                                "work_style",
                                "'shy' is not a work style: write INTROVERT (quiet, one to one), AMBIVERT (either)"
                                        + " or EXTROVERT (outgoing, groups)"),
                        new CsvProblem(
                                2,
                                "meeting_preference",
                                "'phone' is not a meeting preference: write IN_PERSON, VIDEO or EITHER (or leave it"
                                        + " empty for EITHER)"));
    }

    @Test
    void aCapacityThatIsNotAWholeNumberIsAProblem() {
        EnrollmentDraft draft = onlyDraft("ann@example.com,MENTOR,AI assistants:4,,,INTROVERT,,two");

        assertThat(draft.capacity()).isNull();
        assertThat(problems).containsExactly(new CsvProblem(2, "capacity", "'two' is not a whole number"));
    }

    @Test
    void everyProblemOfARowIsReportedWithItsOwnLine() {
        read(HEADER
                + "ann@example.com,MENTOR,AI assistants:4,,,INTROVERT,,\n"
                + "bob@example.com,MENTEE,,TikTok:2:soon,,INTROVERT,,x\n");

        assertThat(problems)
                .containsExactly(
                        new CsvProblem(3, "skills_wanted", "priority 'soon' is not HIGH, MEDIUM or LOW"),
                        new CsvProblem(3, "capacity", "'x' is not a whole number"));
    }

    @Test
    void anUnknownColumnIsNamedWithTheExpectedOnesAndNoRowIsRead() {
        List<EnrollmentCsvReader.Row> rows =
                read("email,side,work_style,skills\nann@example.com,MENTOR,INTROVERT,AI assistants:4\n");

        assertThat(rows).isEmpty();
        assertThat(problems)
                .containsExactly(new CsvProblem(
                        1,
                        "skills",
                        "is not a known column; expected some of [email, side, skills_offered, skills_wanted,"
                                + " interests, work_style, meeting_preference, capacity]"));
    }

    @Test
    void headerNamesAreSpelledExactlyInLowerCase() {
        List<EnrollmentCsvReader.Row> rows = read("Email,side,work_style\nann@example.com,MENTOR,INTROVERT\n");

        assertThat(rows).isEmpty();
        assertThat(problems)
                .extracting(CsvProblem::line, CsvProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Email"),
                        org.assertj.core.groups.Tuple.tuple(1, "email"));
        assertThat(problems.get(1).message()).isEqualTo("required column is missing");
    }

    @Test
    void everyMissingRequiredColumnIsNamedInOrder() {
        List<EnrollmentCsvReader.Row> rows = read("skills_offered,email\nAI assistants:4,ann@example.com\n");

        assertThat(rows).isEmpty();
        assertThat(problems)
                .containsExactly(
                        new CsvProblem(1, "side", "required column is missing"),
                        new CsvProblem(1, "work_style", "required column is missing"));
    }

    @Test
    void aHeaderWithoutRowsIsAProblemOfTheFile() {
        List<EnrollmentCsvReader.Row> rows = read(HEADER + "\n\n");

        assertThat(rows).isEmpty();
        assertThat(problems).containsExactly(new CsvProblem(0, "file", "has a header but no rows"));
    }

    @Test
    void aRepeatedColumnIsNotValidCsv() {
        assertThatThrownBy(() -> read("email,side,email,work_style\na,MENTOR,b,INTROVERT\n"))
                .isInstanceOfSatisfying(CsvImportException.class, refused -> assertThat(refused.problems())
                        .singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isZero();
                            assertThat(problem.field()).isEqualTo("file");
                            assertThat(problem.message()).startsWith("is not valid CSV: ");
                        }));
    }

    @Test
    void anUnclosedQuoteIsNotValidCsv() {
        assertThatThrownBy(() -> read(HEADER + "\"ann@example.com,MENTOR,AI assistants:4,,,INTROVERT,,\n"))
                .isInstanceOfSatisfying(CsvImportException.class, refused -> assertThat(refused.problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.message()).startsWith("is not valid CSV: ")));
    }

    @Test
    void quotedCellsMayHoldCommasAndLineBreaks() {
        EnrollmentDraft draft =
                onlyDraft("ann@example.com,MENTOR,\"AI assistants:4\",,\"rock, pop;\njazz\",INTROVERT,,");

        assertThat(problems).isEmpty();
        assertThat(draft.interests()).containsExactly("rock, pop", "jazz");
    }

    @Test
    void aFileWithAByteOrderMarkIsReadOnceDecodedAsTheImportDoes() {
        byte[] withBom = ("\uFEFF" + HEADER + "ann@example.com,MENTOR,AI assistants:4,,,INTROVERT,,\n")
                .getBytes(StandardCharsets.UTF_8);

        List<EnrollmentCsvReader.Row> rows = read(CsvText.decode(withBom));

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.draft().email())
                .isEqualTo("ann@example.com"));
    }

    @Test
    void theFileTheImportReadsIsAtMostTenMegabytes() {
        assertThatThrownBy(() -> CsvText.decode(new byte[CsvText.MAX_BYTES + 1]))
                .isInstanceOf(TooLargeException.class)
                .hasMessageContaining("10 MB");
    }
}
