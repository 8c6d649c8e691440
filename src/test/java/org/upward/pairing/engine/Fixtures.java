package org.upward.pairing.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readable builders for hand-made pairing inputs in tests. */
final class Fixtures {

    static final long AI = 1;
    static final long TIKTOK = 2;
    static final long PYTHON = 3;
    static final Map<Long, String> SKILL_NAMES = Map.of(AI, "AI assistants", TIKTOK, "TikTok", PYTHON, "Python");

    private Fixtures() {}

    static MentorBuilder mentor(long id) {
        return new MentorBuilder(id);
    }

    static MenteeBuilder mentee(long id) {
        return new MenteeBuilder(id);
    }

    static SettingsBuilder settings() {
        return new SettingsBuilder();
    }

    static PairingInput input(List<MentorProfile> mentors, List<MenteeProfile> mentees, SettingsBuilder settings) {
        return new PairingInput(mentors, mentees, settings.build(), SKILL_NAMES);
    }

    static final class MentorBuilder {
        private final long id;
        private String department = "IT";
        private final Set<Long> managers = new HashSet<>();
        private final Map<Long, Integer> offered = new HashMap<>();
        private Set<String> interests = Set.of();
        private WorkStyle style = WorkStyle.AMBIVERT;
        private MeetingPreference meeting = MeetingPreference.EITHER;
        private int capacity = 1;
        private boolean unmatchedLastTime;

        private MentorBuilder(long id) {
            this.id = id;
        }

        MentorBuilder department(String department) {
            this.department = department;
            return this;
        }

        MentorBuilder managers(Long... ids) {
            managers.addAll(List.of(ids));
            return this;
        }

        MentorBuilder offers(long skill, int level) {
            offered.put(skill, level);
            return this;
        }

        MentorBuilder interests(String... tags) {
            interests = Set.of(tags);
            return this;
        }

        MentorBuilder style(WorkStyle style, MeetingPreference meeting) {
            this.style = style;
            this.meeting = meeting;
            return this;
        }

        MentorBuilder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        MentorBuilder unmatchedLastTime() {
            this.unmatchedLastTime = true;
            return this;
        }

        MentorProfile build() {
            return new MentorProfile(
                    id, department, managers, offered, interests, style, meeting, capacity, unmatchedLastTime);
        }
    }

    static final class MenteeBuilder {
        private final long id;
        private String department = "Sales";
        private final Set<Long> managers = new HashSet<>();
        private final Map<Long, WantedSkill> wanted = new HashMap<>();
        private Set<String> interests = Set.of();
        private WorkStyle style = WorkStyle.AMBIVERT;
        private MeetingPreference meeting = MeetingPreference.EITHER;
        private boolean unmatchedLastTime;

        private MenteeBuilder(long id) {
            this.id = id;
        }

        MenteeBuilder department(String department) {
            this.department = department;
            return this;
        }

        MenteeBuilder managers(Long... ids) {
            managers.addAll(List.of(ids));
            return this;
        }

        MenteeBuilder wants(long skill, int currentLevel, Priority priority) {
            wanted.put(skill, new WantedSkill(currentLevel, priority));
            return this;
        }

        MenteeBuilder interests(String... tags) {
            interests = Set.of(tags);
            return this;
        }

        MenteeBuilder style(WorkStyle style, MeetingPreference meeting) {
            this.style = style;
            this.meeting = meeting;
            return this;
        }

        MenteeBuilder unmatchedLastTime() {
            this.unmatchedLastTime = true;
            return this;
        }

        MenteeProfile build() {
            return new MenteeProfile(id, department, managers, wanted, interests, style, meeting, unmatchedLastTime);
        }
    }

    static final class SettingsBuilder {
        private Weights weights = Weights.DEFAULTS;
        private double minScore;
        private boolean excludeSameDepartment;
        private Objective objective = Objective.TOTAL_SCORE;
        private final Set<PairKey> blocked = new HashSet<>();
        private final Set<PairKey> dissolved = new HashSet<>();

        SettingsBuilder weights(double skillGap, double sharedInterest, double workStyle) {
            this.weights = new Weights(skillGap, sharedInterest, workStyle);
            return this;
        }

        SettingsBuilder minScore(double minScore) {
            this.minScore = minScore;
            return this;
        }

        SettingsBuilder excludeSameDepartment() {
            this.excludeSameDepartment = true;
            return this;
        }

        SettingsBuilder objective(Objective objective) {
            this.objective = objective;
            return this;
        }

        SettingsBuilder block(long mentorId, long menteeId) {
            blocked.add(new PairKey(mentorId, menteeId));
            return this;
        }

        SettingsBuilder dissolved(long mentorId, long menteeId) {
            dissolved.add(new PairKey(mentorId, menteeId));
            return this;
        }

        PairingSettings build() {
            return new PairingSettings(weights, minScore, excludeSameDepartment, objective, blocked, dissolved);
        }
    }
}
