package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run's input in dense, id-sorted form: mentors and mentees are sorted by id, so that the same people in any
 * order give the same indices and hence the same pairs.
 */
final class PairingInstance {

    final List<CompiledMentor> mentors;
    final List<CompiledMentee> mentees;
    final PairingSettings settings;
    final Map<Long, String> skillNames;
    final ScoreCalculator calculator;
    final long minScoreCenti;
    /** Per mentee index: sorted mentor indices of blocked pairs, and of just-dissolved pairs. */
    final int[][] blockedMentors;

    final int[][] dissolvedMentors;
    private final Map<Long, Integer> menteeIndex = new HashMap<>();

    PairingInstance(PairingInput input) {
        this.settings = input.settings();
        this.skillNames = input.skillNames();
        this.calculator = new ScoreCalculator(settings.weights());
        this.minScoreCenti = settings.minScoreCenti();
        var sortedMentors = input.mentors().stream()
                .sorted(Comparator.comparingLong(MentorProfile::id))
                .toList();
        var sortedMentees = input.mentees().stream()
                .sorted(Comparator.comparingLong(MenteeProfile::id))
                .toList();
        var compiler = new ProfileCompiler(sortedMentors, sortedMentees);
        this.mentors = sortedMentors.stream().map(compiler::compile).toList();
        this.mentees = sortedMentees.stream().map(compiler::compile).toList();
        for (int i = 0; i < mentees.size(); i++) {
            menteeIndex.put(mentees.get(i).id(), i);
        }
        this.blockedMentors = pairsByMentee(settings.blockedPairs());
        this.dissolvedMentors = pairsByMentee(settings.dissolvedPairs());
    }

    int menteeCount() {
        return mentees.size();
    }

    int mentorCount() {
        return mentors.size();
    }

    /** The mentor's index, or -1 when no mentor has that id. */
    int mentorIndexOf(long mentorId) {
        for (int j = 0; j < mentors.size(); j++) {
            if (mentors.get(j).id() == mentorId) {
                return j;
            }
        }
        return -1;
    }

    /** The mentee's index, or -1 when no mentee has that id. */
    int menteeIndexOf(long menteeId) {
        return menteeIndex.getOrDefault(menteeId, -1);
    }

    private int[][] pairsByMentee(Set<PairKey> pairs) {
        var mentorIndex = new HashMap<Long, Integer>();
        for (int j = 0; j < mentors.size(); j++) {
            mentorIndex.put(mentors.get(j).id(), j);
        }
        var lists = new ArrayList<List<Integer>>();
        mentees.forEach(m -> lists.add(new ArrayList<>()));
        for (PairKey pair : pairs) {
            Integer mentor = mentorIndex.get(pair.mentorId());
            Integer mentee = menteeIndex.get(pair.menteeId());
            if (mentor != null && mentee != null) {
                lists.get(mentee).add(mentor);
            }
        }
        return lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new);
    }
}
