package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Says in words why a pair fits: "Covers 2 of 3 wanted skills: AI assistants 5/5 (mentee at 2/5), TikTok 4/5 (mentee
 * at 1/5); not covered: Python. Shares: cycling, sustainability. Both introverts; both prefer video."
 */
final class PairExplainer {

    private final Map<Long, String> skillNames;

    PairExplainer(Map<Long, String> skillNames) {
        this.skillNames = skillNames;
    }

    String explain(MentorProfile mentor, MenteeProfile mentee) {
        return skills(mentor, mentee) + " " + interests(mentor, mentee) + " " + fit(mentor, mentee) + ".";
    }

    private String skills(MentorProfile mentor, MenteeProfile mentee) {
        if (mentee.skillsWanted().isEmpty()) {
            return "The mentee lists no skills to learn.";
        }
        var wanted = new ArrayList<>(mentee.skillsWanted().entrySet());
        wanted.sort(Comparator.<Map.Entry<Long, WantedSkill>>comparingInt(
                        w -> -w.getValue().priority().weight())
                .thenComparing(w -> name(w.getKey()))
                .thenComparing(Map.Entry::getKey));
        List<String> covered = new ArrayList<>();
        List<String> notCovered = new ArrayList<>();
        for (var wish : wanted) {
            int level = mentor.skillsOffered().getOrDefault(wish.getKey(), 0);
            int current = wish.getValue().currentLevel();
            if (level > current) {
                covered.add(name(wish.getKey()) + " " + level + "/5 (mentee at " + current + "/5)");
            } else {
                notCovered.add(name(wish.getKey()));
            }
        }
        var text = new StringBuilder("Covers " + covered.size() + " of " + wanted.size() + " wanted skills");
        if (!covered.isEmpty()) {
            text.append(": ").append(String.join(", ", covered));
        }
        if (!notCovered.isEmpty()) {
            text.append(covered.isEmpty() ? ": " : "; ").append("not covered: ").append(String.join(", ", notCovered));
        }
        return text.append('.').toString();
    }

    private static String interests(MentorProfile mentor, MenteeProfile mentee) {
        var shared = new TreeSet<>(mentor.interests());
        shared.retainAll(mentee.interests());
        return shared.isEmpty() ? "No shared interests." : "Shares: " + String.join(", ", shared) + ".";
    }

    private static String fit(MentorProfile mentor, MenteeProfile mentee) {
        return style(mentor.workStyle(), mentee.workStyle())
                + "; "
                + meeting(mentor.meetingPreference(), mentee.meetingPreference());
    }

    static String style(WorkStyle mentor, WorkStyle mentee) {
        if (mentor == mentee) {
            return "Both " + lower(mentor) + "s";
        }
        String kind = ScoreCalculator.styleFit(mentor, mentee) > 0 ? "adjacent" : "opposite";
        return "Mentor " + lower(mentor) + ", mentee " + lower(mentee) + " (" + kind + " work styles)";
    }

    static String meeting(MeetingPreference mentor, MeetingPreference mentee) {
        if (mentor == mentee) {
            return mentor == MeetingPreference.EITHER ? "both flexible on how to meet" : "both prefer " + words(mentor);
        }
        if (mentor == MeetingPreference.EITHER || mentee == MeetingPreference.EITHER) {
            var preferred = mentor == MeetingPreference.EITHER ? mentee : mentor;
            return words(preferred) + " suits both";
        }
        return "different meeting preferences (mentor " + words(mentor) + ", mentee " + words(mentee) + ")";
    }

    private String name(long skillId) {
        return skillNames.getOrDefault(skillId, "skill #" + skillId);
    }

    private static String lower(WorkStyle style) {
        return style.name().toLowerCase(Locale.ROOT);
    }

    private static String words(MeetingPreference preference) {
        return switch (preference) {
            case IN_PERSON -> "in person";
            case VIDEO -> "video";
            case EITHER -> "either way";
        };
    }
}
