package org.upward.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.EnrollmentDraft.OfferedSkill;
import org.upward.enrollment.EnrollmentDraft.WantedSkill;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.SkillWish;
import org.upward.enrollment.WorkStyle;
import org.upward.people.SkillCategory;
import org.upward.people.SkillView;

/** The rules every profile meets, without Spring: one test per rule, with its field, column and message. */
class ProfileRulesTest {

    private static final SkillView AI = new SkillView(1, "AI assistants", SkillCategory.DIGITAL_TOOLS, false, 0);
    private static final SkillView TIKTOK = new SkillView(2, "TikTok", SkillCategory.SOCIAL_MEDIA, false, 0);
    private static final SkillView FAX = new SkillView(3, "Fax machines", SkillCategory.DIGITAL_TOOLS, true, 0);

    private final ProfileRules rules =
            new ProfileRules(Map.of("ai assistants", AI, "tiktok", TIKTOK, "fax machines", FAX));

    private static EnrollmentDraft mentor(List<OfferedSkill> offers) {
        return new EnrollmentDraft(
                "ann@example.com", Side.MENTOR, offers, List.of(), List.of(), WorkStyle.INTROVERT, null, null);
    }

    private static EnrollmentDraft mentee(WantedSkill... wishes) {
        return new EnrollmentDraft(
                "bob@example.com",
                Side.MENTEE,
                List.of(),
                Arrays.asList(wishes),
                List.of(),
                WorkStyle.EXTROVERT,
                null,
                null);
    }

    private List<ProfileProblem> problems(EnrollmentDraft draft) {
        ProfileRules.Checked checked = rules.check(draft);
        assertThat(checked.profile()).as("no profile when a rule is broken").isEmpty();
        return checked.problems();
    }

    @Test
    void aGoodMentorGetsAProfileWithTheDefaults() {
        ProfileRules.Checked checked = rules.check(mentor(List.of(new OfferedSkill("  AI   Assistants ", 5))));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.profile())
                .contains(new EnrollmentProfile(
                        List.of(new SkillOffer(1, 5)),
                        List.of(),
                        Set.of(),
                        WorkStyle.INTROVERT,
                        MeetingPreference.EITHER,
                        1));
    }

    @Test
    void aGoodMenteeGetsAProfileWithWhatTheyChose() {
        EnrollmentDraft draft = new EnrollmentDraft(
                "bob@example.com",
                Side.MENTEE,
                List.of(new OfferedSkill("TikTok", 5)),
                List.of(new WantedSkill("tiktok", 1, Priority.HIGH)),
                List.of(" Running ", "MUSIC", "running", " "),
                WorkStyle.AMBIVERT,
                MeetingPreference.VIDEO,
                5);

        ProfileRules.Checked checked = rules.check(draft);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.profile())
                .contains(new EnrollmentProfile(
                        List.of(),
                        List.of(new SkillWish(2, 1, Priority.HIGH)),
                        Set.of("running", "music"),
                        WorkStyle.AMBIVERT,
                        MeetingPreference.VIDEO,
                        5));
        assertThat(checked.profile().orElseThrow().interests()).containsExactly("running", "music");
    }

    @Test
    void theSideIsRequiredAndNothingElseIsCheckedWithoutIt() {
        EnrollmentDraft draft =
                new EnrollmentDraft("ann@example.com", null, List.of(), List.of(), List.of(), null, null, 9);

        assertThat(problems(draft))
                .containsExactly(new ProfileProblem("side", "side", "is required: MENTOR or MENTEE"));
    }

    @Test
    void aMentorOffersAtLeastOneSkill() {
        assertThat(problems(mentor(List.of())))
                .containsExactly(new ProfileProblem(
                        "skillsOffered", "skills_offered", "a mentor must offer at least one skill"));
    }

    @Test
    void aMenteeWantsAtLeastOneSkill() {
        assertThat(problems(mentee()))
                .containsExactly(
                        new ProfileProblem("skillsWanted", "skills_wanted", "a mentee must want at least one skill"));
    }

    @Test
    void aSkillMustBeInTheCatalog() {
        assertThat(problems(mentor(List.of(new OfferedSkill(" Knitting ", 3), new OfferedSkill(null, 3)))))
                .containsExactly(
                        new ProfileProblem("skillsOffered[0].skill", "skills_offered", "unknown skill 'Knitting'"),
                        new ProfileProblem("skillsOffered[1].skill", "skills_offered", "unknown skill ''"));
    }

    @Test
    void aRetiredSkillCannotBeChosen() {
        assertThat(problems(mentee(new WantedSkill("fax machines", 1, Priority.LOW))))
                .containsExactly(new ProfileProblem(
                        "skillsWanted[0].skill", "skills_wanted", "'Fax machines' is retired and can't be chosen"));
    }

    @Test
    void anOfferedLevelIsBetween1And5() {
        assertThat(problems(mentor(List.of(
                        new OfferedSkill("AI assistants", 0),
                        new OfferedSkill("TikTok", 6),
                        new OfferedSkill("AI assistants", null)))))
                .containsExactly(
                        new ProfileProblem("skillsOffered[0].level", "skills_offered", "level must be between 1 and 5"),
                        new ProfileProblem("skillsOffered[1].level", "skills_offered", "level must be between 1 and 5"),
                        new ProfileProblem(
                                "skillsOffered[2].level", "skills_offered", "level must be between 1 and 5"));
    }

    @Test
    void aWantedCurrentLevelIsBetween1And5() {
        assertThat(problems(mentee(new WantedSkill("TikTok", 6, Priority.HIGH))))
                .containsExactly(new ProfileProblem(
                        "skillsWanted[0].currentLevel", "skills_wanted", "current level must be between 1 and 5"));
    }

    @Test
    void aWantedSkillNeedsAPriority() {
        assertThat(problems(mentee(new WantedSkill("TikTok", 2, null))))
                .containsExactly(new ProfileProblem(
                        "skillsWanted[0].priority", "skills_wanted", "priority is required: HIGH, MEDIUM or LOW"));
    }

    @Test
    void theWorkStyleIsRequired() {
        EnrollmentDraft draft = new EnrollmentDraft(
                "ann@example.com",
                Side.MENTOR,
                List.of(new OfferedSkill("TikTok", 3)),
                List.of(),
                List.of(),
                null,
                null,
                null);

        assertThat(problems(draft))
                .containsExactly(
                        new ProfileProblem("workStyle", "work_style", "is required: INTROVERT, AMBIVERT or EXTROVERT"));
    }

    @Test
    void theCapacityIsBetween1And5() {
        for (int capacity : new int[] {0, 6, -1}) {
            EnrollmentDraft draft = new EnrollmentDraft(
                    "ann@example.com",
                    Side.MENTOR,
                    List.of(new OfferedSkill("TikTok", 3)),
                    List.of(),
                    List.of(),
                    WorkStyle.INTROVERT,
                    null,
                    capacity);

            assertThat(problems(draft))
                    .as("capacity %d", capacity)
                    .containsExactly(new ProfileProblem("capacity", "capacity", "must be between 1 and 5"));
        }
    }

    @Test
    void anInterestIsAtMost60Characters() {
        EnrollmentDraft draft = new EnrollmentDraft(
                "ann@example.com",
                Side.MENTOR,
                List.of(new OfferedSkill("TikTok", 3)),
                List.of(),
                List.of("x".repeat(60), " " + "y".repeat(61) + " "),
                WorkStyle.INTROVERT,
                null,
                null);

        assertThat(problems(draft))
                .containsExactly(new ProfileProblem("interests", "interests", "an interest is at most 60 characters"));
    }

    @Test
    void theSameSkillTwiceCountsOnce() {
        ProfileRules.Checked checked =
                rules.check(mentor(List.of(new OfferedSkill("TikTok", 3), new OfferedSkill("tiktok", 5))));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.profile().orElseThrow().skillsOffered()).containsExactly(new SkillOffer(2, 3));
    }

    @Test
    void onlyTheSkillsOfThePersonsSideCount() {
        EnrollmentDraft mentorWithWishes = new EnrollmentDraft(
                "ann@example.com",
                Side.MENTOR,
                List.of(new OfferedSkill("TikTok", 3)),
                List.of(new WantedSkill("Knitting", 9, null)),
                List.of(),
                WorkStyle.INTROVERT,
                null,
                null);

        ProfileRules.Checked checked = rules.check(mentorWithWishes);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.profile().orElseThrow().skillsWanted()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        EnrollmentDraft draft = new EnrollmentDraft(
                "bob@example.com",
                Side.MENTEE,
                List.of(),
                List.of(new WantedSkill("Knitting", 0, null)),
                List.of("z".repeat(61)),
                null,
                null,
                7);

        assertThat(problems(draft))
                .extracting(ProfileProblem::field)
                .containsExactly(
                        "skillsWanted[0].skill",
                        "skillsWanted[0].currentLevel",
                        "skillsWanted[0].priority",
                        "workStyle",
                        "capacity",
                        "interests");
    }
}
