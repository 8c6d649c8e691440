package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns profiles into their dense form: skills, interest tags and departments get indices in order of first sight
 * over the id-sorted participants (each person's own values sorted), so the same input always compiles the same way.
 */
final class ProfileCompiler {

    private final Indexer<Long> skills = new Indexer<>();
    private final Indexer<String> tags = new Indexer<>();
    private final Indexer<String> departments = new Indexer<>();
    private final int words;

    ProfileCompiler(List<MentorProfile> mentors, List<MenteeProfile> mentees) {
        mentors.forEach(m -> {
            new TreeSet<>(m.skillsOffered().keySet()).forEach(skills::index);
            new TreeSet<>(m.interests()).forEach(tags::index);
        });
        mentees.forEach(m -> {
            new TreeSet<>(m.skillsWanted().keySet()).forEach(skills::index);
            new TreeSet<>(m.interests()).forEach(tags::index);
        });
        this.words = Math.max(1, (tags.size() + 63) / 64);
    }

    CompiledMentor compile(MentorProfile m) {
        int[] levels = new int[skills.size()];
        m.skillsOffered().forEach((skill, level) -> levels[skills.index(skill)] = level);
        return new CompiledMentor(
                m,
                departments.index(m.department()),
                sortedIds(m.managerIds()),
                levels,
                bits(m.interests()),
                m.interests().size());
    }

    CompiledMentee compile(MenteeProfile m) {
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
                bits(m.interests()),
                m.interests().size());
    }

    private static long[] sortedIds(Set<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private long[] bits(Set<String> interests) {
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
