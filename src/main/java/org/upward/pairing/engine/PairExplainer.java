package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Says in words why a pair fits: "Covers 2 of 3 wanted skills: AI assistants 5/5 (mentee at 2/5), TikTok 4/5 (mentee
 * at 1/5); not covered: Python. Shares: cycling, sustainability. Both introverts; both prefer video."
 */
final class PairExplainer {

    private final Map<Long, String> skillNames;
    private final Wording wording;

    PairExplainer(Map<Long, String> skillNames, Wording wording) {
        this.skillNames = skillNames;
        this.wording = wording;
    }

    String explain(MentorProfile mentor, MenteeProfile mentee) {
        return skills(mentor, mentee) + " " + interests(mentor, mentee) + " " + fit(mentor, mentee) + ".";
    }

    private String skills(MentorProfile mentor, MenteeProfile mentee) {
        if (mentee.skillsWanted().isEmpty()) {
            return wording.text("pairing.engine.noSkillsWanted");
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
                covered.add(wording.text("pairing.engine.coveredSkill", name(wish.getKey()), level, current));
            } else {
                notCovered.add(name(wish.getKey()));
            }
        }
        if (notCovered.isEmpty()) {
            return wording.text("pairing.engine.coversAll", covered.size(), wanted.size(), list(covered));
        }
        if (covered.isEmpty()) {
            return wording.text("pairing.engine.coversNone", wanted.size(), list(notCovered));
        }
        return wording.text(
                "pairing.engine.coversSome", covered.size(), wanted.size(), list(covered), list(notCovered));
    }

    private static String list(List<String> items) {
        return String.join(", ", items);
    }

    private String interests(MentorProfile mentor, MenteeProfile mentee) {
        var shared = new TreeSet<>(mentor.interests());
        shared.retainAll(mentee.interests());
        return shared.isEmpty()
                ? wording.text("pairing.engine.noSharedInterests")
                : wording.text("pairing.engine.shares", list(new ArrayList<>(shared)));
    }

    private String fit(MentorProfile mentor, MenteeProfile mentee) {
        return style(mentor.workStyle(), mentee.workStyle())
                + "; "
                + meeting(mentor.meetingPreference(), mentee.meetingPreference());
    }

    String style(WorkStyle mentor, WorkStyle mentee) {
        if (mentor == mentee) {
            return wording.text("pairing.engine.style.both." + mentor.name());
        }
        String kind = ScoreCalculator.styleFit(mentor, mentee) > 0 ? "adjacent" : "opposite";
        return wording.text("pairing.engine.style." + kind, words(mentor), words(mentee));
    }

    String meeting(MeetingPreference mentor, MeetingPreference mentee) {
        if (mentor == mentee) {
            return mentor == MeetingPreference.EITHER
                    ? wording.text("pairing.engine.meeting.bothFlexible")
                    : wording.text("pairing.engine.meeting.bothPrefer", words(mentor));
        }
        if (mentor == MeetingPreference.EITHER || mentee == MeetingPreference.EITHER) {
            var preferred = mentor == MeetingPreference.EITHER ? mentee : mentor;
            return wording.text("pairing.engine.meeting.suitsBoth", words(preferred));
        }
        return wording.text("pairing.engine.meeting.different", words(mentor), words(mentee));
    }

    private String name(long skillId) {
        String name = skillNames.get(skillId);
        return name != null ? name : wording.text("pairing.engine.unknownSkill", skillId);
    }

    private String words(WorkStyle style) {
        return wording.text("pairing.engine.workStyle." + style.name());
    }

    private String words(MeetingPreference preference) {
        return wording.text("pairing.engine.meeting." + preference.name());
    }
}
