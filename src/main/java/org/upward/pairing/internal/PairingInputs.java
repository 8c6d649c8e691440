package org.upward.pairing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentService;
import org.upward.enrollment.PairingProfile;
import org.upward.enrollment.Side;
import org.upward.pairing.engine.MeetingPreference;
import org.upward.pairing.engine.MenteeProfile;
import org.upward.pairing.engine.MentorProfile;
import org.upward.pairing.engine.PairKey;
import org.upward.pairing.engine.PairingInput;
import org.upward.pairing.engine.PairingSettings;
import org.upward.pairing.engine.Priority;
import org.upward.pairing.engine.WantedSkill;
import org.upward.pairing.engine.Weights;
import org.upward.pairing.engine.WorkStyle;
import org.upward.people.People;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.program.ProgramView;

/**
 * Turns a program's enrollments, reporting lines, blocks and current pairs into the engine's plain
 * input. People in the given taken pairs sit out, and mentors take part only with their spare capacity.
 */
@Component
class PairingInputs {

    private final EnrollmentService enrollments;
    private final People people;
    private final SkillCatalog skills;
    private final BlockedPairs blocked;

    PairingInputs(EnrollmentService enrollments, People people, SkillCatalog skills, BlockedPairs blocked) {
        this.enrollments = enrollments;
        this.people = people;
        this.skills = skills;
        this.blocked = blocked;
    }

    /** The people who can be paired in this program, by person id. */
    Participants participants(long programId) {
        return Participants.of(enrollments.pairingProfiles(programId));
    }

    PairingInput build(
            ProgramView program,
            RunSettings settings,
            Participants participants,
            List<MentoringPair> takenPairs,
            Set<Long> unmatchedLastTime,
            Set<PairKey> dissolvedNow) {
        return buildTaking(
                program,
                settings,
                participants,
                takenPairs.stream().map(Taken::of).toList(),
                unmatchedLastTime,
                dissolvedNow);
    }

    /** As {@link #build}, with taken places that need not be pairs (accepted requests too). */
    PairingInput buildTaking(
            ProgramView program,
            RunSettings settings,
            Participants participants,
            List<Taken> takenPairs,
            Set<Long> unmatchedLastTime,
            Set<PairKey> dissolvedNow) {
        Map<Long, Integer> agreedPerMentor = new HashMap<>();
        Set<Long> pairedMentees = new HashSet<>();
        Set<PairKey> dissolved = new HashSet<>(dissolvedNow);
        for (Taken pair : takenPairs) {
            agreedPerMentor.merge(pair.mentorId(), 1, Integer::sum);
            pairedMentees.add(pair.menteeId());
        }
        Map<Long, Set<Long>> chains = people.managersAbove(participants.byId().keySet());
        List<MentorProfile> mentors = new ArrayList<>();
        List<MenteeProfile> mentees = new ArrayList<>();
        for (PairingProfile p : participants.byId().values()) {
            boolean priority = unmatchedLastTime.contains(p.personId());
            if (p.side() == Side.MENTOR) {
                int spare = p.capacity() - agreedPerMentor.getOrDefault(p.personId(), 0);
                if (spare > 0) {
                    mentors.add(new MentorProfile(
                            p.personId(),
                            p.department(),
                            chains.get(p.personId()),
                            p.skillsOffered(),
                            p.interests(),
                            WorkStyle.valueOf(p.workStyle().name()),
                            MeetingPreference.valueOf(p.meetingPreference().name()),
                            spare,
                            priority));
                }
            } else if (!pairedMentees.contains(p.personId())) {
                mentees.add(new MenteeProfile(
                        p.personId(),
                        p.department(),
                        chains.get(p.personId()),
                        p.skillsWanted().entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> new WantedSkill(
                                                e.getValue().currentLevel(),
                                                Priority.valueOf(
                                                        e.getValue().priority().name())))),
                        p.interests(),
                        WorkStyle.valueOf(p.workStyle().name()),
                        MeetingPreference.valueOf(p.meetingPreference().name()),
                        priority));
            }
        }
        PairingSettings engineSettings = new PairingSettings(
                new Weights(settings.skillGapWeight(), settings.sharedInterestWeight(), settings.workStyleWeight()),
                settings.minScore(),
                program.matching().excludeSameDepartment(),
                settings.objective(),
                blocked.of(program.id()),
                dissolved);
        Map<Long, String> names = skills.all().stream().collect(Collectors.toMap(SkillView::id, SkillView::name));
        return new PairingInput(mentors, mentees, engineSettings, names);
    }
}
