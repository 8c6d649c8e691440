package org.upward.enrollment.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Side;
import org.upward.enrollment.SkillWish;
import org.upward.people.SkillView;
import org.upward.shared.NearestText;
import org.upward.shared.UiText;

/**
 * The rules every profile meets, whichever way it arrives: skills from the catalog and not retired,
 * levels 1–5, a mentor offers skills, a mentee wants skills, a work style, capacity 1–5.
 */
final class ProfileRules {

    /** The outcome: the checked profile, or every problem found. */
    record Checked(Optional<EnrollmentProfile> profile, List<ProfileProblem> problems) {}

    private final Map<String, SkillView> skillsByName;

    ProfileRules(Map<String, SkillView> skillsByLowerName) {
        this.skillsByName = skillsByLowerName;
    }

    Checked check(EnrollmentDraft draft) {
        List<ProfileProblem> problems = new ArrayList<>();
        if (draft.side() == null) {
            problems.add(new ProfileProblem("side", "side", UiText.of("enrollment.error.isRequiredMentorOrMentee")));
            return new Checked(Optional.empty(), problems);
        }
        List<SkillOffer> offers = draft.side() == Side.MENTOR ? offers(draft, problems) : List.of();
        List<SkillWish> wishes = draft.side() == Side.MENTEE ? wishes(draft, problems) : List.of();
        if (draft.workStyle() == null) {
            problems.add(new ProfileProblem(
                    "workStyle", "work_style", UiText.of("enrollment.error.isRequiredIntrovertAmbivertOrExtrovert")));
        }
        int capacity = draft.capacity() == null ? 1 : draft.capacity();
        if (capacity < 1 || capacity > 5) {
            problems.add(new ProfileProblem("capacity", "capacity", UiText.of("enrollment.error.mustBeBetween1And5")));
        }
        Set<String> interests = interests(draft.interests(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        MeetingPreference meeting =
                draft.meetingPreference() == null ? MeetingPreference.EITHER : draft.meetingPreference();
        return new Checked(
                Optional.of(new EnrollmentProfile(offers, wishes, interests, draft.workStyle(), meeting, capacity)),
                problems);
    }

    private List<SkillOffer> offers(EnrollmentDraft draft, List<ProfileProblem> problems) {
        if (draft.skillsOffered().isEmpty()) {
            problems.add(new ProfileProblem(
                    "skillsOffered", "skills_offered", UiText.of("enrollment.error.aMentorMustOfferAtLeast")));
        }
        List<SkillOffer> offers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < draft.skillsOffered().size(); i++) {
            EnrollmentDraft.OfferedSkill offered = draft.skillsOffered().get(i);
            String field = "skillsOffered[" + i + "]";
            Optional<SkillView> skill = skill(offered.skill(), field + ".skill", "skills_offered", problems);
            boolean levelOk = level(
                    offered.level(), field + ".level", "skills_offered", UiText.of("enrollment.error.level"), problems);
            if (skill.isPresent() && levelOk && seen.add(skill.get().id())) {
                offers.add(new SkillOffer(skill.get().id(), offered.level()));
            }
        }
        return offers;
    }

    private List<SkillWish> wishes(EnrollmentDraft draft, List<ProfileProblem> problems) {
        if (draft.skillsWanted().isEmpty()) {
            problems.add(new ProfileProblem(
                    "skillsWanted", "skills_wanted", UiText.of("enrollment.error.aMenteeMustWantAtLeast")));
        }
        List<SkillWish> wishes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < draft.skillsWanted().size(); i++) {
            EnrollmentDraft.WantedSkill wanted = draft.skillsWanted().get(i);
            String field = "skillsWanted[" + i + "]";
            Optional<SkillView> skill = skill(wanted.skill(), field + ".skill", "skills_wanted", problems);
            boolean levelOk = level(
                    wanted.currentLevel(),
                    field + ".currentLevel",
                    "skills_wanted",
                    UiText.of("enrollment.error.currentLevel"),
                    problems);
            if (wanted.priority() == null) {
                problems.add(new ProfileProblem(
                        field + ".priority",
                        "skills_wanted",
                        UiText.of("enrollment.error.priorityIsRequiredHighMediumOr")));
            }
            if (skill.isPresent()
                    && levelOk
                    && wanted.priority() != null
                    && seen.add(skill.get().id())) {
                wishes.add(new SkillWish(skill.get().id(), wanted.currentLevel(), wanted.priority()));
            }
        }
        return wishes;
    }

    private Optional<SkillView> skill(String name, String field, String column, List<ProfileProblem> problems) {
        String key = name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        SkillView skill = skillsByName.get(key);
        if (skill == null) {
            String typed = name == null ? "" : name.trim();
            List<String> active = skillsByName.values().stream()
                    .filter(known -> !known.retired())
                    .map(SkillView::name)
                    .toList();
            problems.add(new ProfileProblem(
                    field,
                    column,
                    NearestText.to(typed, active)
                            .map(near -> UiText.of("enrollment.error.unknownSkillDidYouMean", typed, near))
                            .orElseGet(() -> UiText.of("enrollment.error.unknownSkill", typed))));
            return Optional.empty();
        }
        if (skill.retired()) {
            problems.add(
                    new ProfileProblem(field, column, UiText.of("enrollment.error.isRetiredAndCanTBe", skill.name())));
            return Optional.empty();
        }
        return Optional.of(skill);
    }

    private static boolean level(
            Integer level, String field, String column, String what, List<ProfileProblem> problems) {
        if (level == null || level < 1 || level > 5) {
            problems.add(
                    new ProfileProblem(field, column, UiText.of("enrollment.error.levelMustBeBetween1And5", what)));
            return false;
        }
        return true;
    }

    private static Set<String> interests(List<String> tags, List<ProfileProblem> problems) {
        Set<String> interests = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (clean.length() > 60) {
                problems.add(new ProfileProblem(
                        "interests", "interests", UiText.of("enrollment.error.anInterestIsAtMost60")));
            } else if (!clean.isEmpty()) {
                interests.add(clean);
            }
        }
        return interests;
    }
}
