package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run's input in dense, id-sorted form: mentors and mentees are sorted by id, so that the same people in any
 * order give the same indices and hence the same pairs. Skills, interest tags and departments get dense indices.
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
        var skills = new Indexer<Long>();
        var tags = new Indexer<String>();
        var departments = new Indexer<String>();
        sortedMentors.forEach(m -> {
            new TreeSet<>(m.skillsOffered().keySet()).forEach(skills::index);
            new TreeSet<>(m.interests()).forEach(tags::index);
        });
        sortedMentees.forEach(m -> {
            new TreeSet<>(m.skillsWanted().keySet()).forEach(skills::index);
            new TreeSet<>(m.interests()).forEach(tags::index);
        });
        int words = Math.max(1, (tags.size() + 63) / 64);
        this.mentors = sortedMentors.stream()
                .map(m -> compile(m, skills, tags, departments, words))
                .toList();
        this.mentees = sortedMentees.stream()
                .map(m -> compile(m, skills, tags, departments, words))
                .toList();
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

    private static CompiledMentor compile(
            MentorProfile m, Indexer<Long> skills, Indexer<String> tags, Indexer<String> departments, int words) {
        int[] levels = new int[skills.size()];
        m.skillsOffered().forEach((skill, level) -> levels[skills.index(skill)] = level);
        return new CompiledMentor(
                m,
                departments.index(m.department()),
                sortedIds(m.managerIds()),
                levels,
                bits(m.interests(), tags, words),
                m.interests().size());
    }

    private static CompiledMentee compile(
            MenteeProfile m, Indexer<Long> skills, Indexer<String> tags, Indexer<String> departments, int words) {
        var wanted = new TreeSet<>(m.skillsWanted().keySet());
        int[] skillIndices = new int[wanted.size()];
        int[] current = new int[wanted.size()];
        int[] priorities = new int[wanted.size()];
        int denominator = 0;
        int k = 0;
        for (Long skill : wanted) {
            WantedSkill wish = m.skillsWanted().get(skill);
            skillIndices[k] = skills.index(skill);
            current[k] = wish.currentLevel();
            priorities[k] = wish.priority().weight();
            denominator += priorities[k] * (ScoreCalculator.MAX_LEVEL - current[k]);
            k++;
        }
        return new CompiledMentee(
                m,
                departments.index(m.department()),
                sortedIds(m.managerIds()),
                skillIndices,
                current,
                priorities,
                denominator,
                bits(m.interests(), tags, words),
                m.interests().size());
    }

    private static long[] sortedIds(Set<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static long[] bits(Set<String> interests, Indexer<String> tags, int words) {
        long[] bits = new long[words];
        for (String tag : interests) {
            int t = tags.index(tag);
            bits[t >>> 6] |= 1L << (t & 63);
        }
        return bits;
    }

    /** Gives each distinct value the next dense index, in order of first sight. */
    private static final class Indexer<T> {
        private final Map<T, Integer> indices = new HashMap<>();

        int index(T value) {
            return indices.computeIfAbsent(value, v -> indices.size());
        }

        int size() {
            return indices.size();
        }
    }
}
