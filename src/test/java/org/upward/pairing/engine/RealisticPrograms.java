package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a company-sized program from a seed: 12 departments each with a reporting tree under one CEO, mentees
 * drawn from the senior (earlier-hired, higher) half and mentors from the junior half, so that many mentors report to
 * mentees; 40 skills and 30 interests with skewed popularity (everyone wants AI assistants).
 */
final class RealisticPrograms {

    static final int SKILLS = 40;
    private static final int TAGS = 30;
    private static final int DEPARTMENTS = 12;

    private RealisticPrograms() {}

    static PairingInput generate(long seed, int perSide, Objective objective) {
        return generate(seed, perSide, objective, 3);
    }

    /** With mentor capacities 1 … maxCapacity. */
    static PairingInput generate(long seed, int perSide, Objective objective, int maxCapacity) {
        var random = new Random(seed);
        int people = perSide * 5 / 2;
        long[] managerOf = new long[people + 1];
        int[] departmentOf = new int[people + 1];
        List<List<Integer>> byDepartment = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            byDepartment.add(new ArrayList<>());
        }
        // person 0 is the CEO; person p joins a department under someone already in it
        for (int p = 1; p <= people; p++) {
            int d = random.nextInt(DEPARTMENTS);
            List<Integer> members = byDepartment.get(d);
            managerOf[p] = members.isEmpty() ? 0 : members.get(random.nextInt(members.size()));
            departmentOf[p] = d;
            members.add(p);
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 1; p <= people; p++) {
            order.add(p);
        }
        List<MenteeProfile> mentees = new ArrayList<>();
        List<MentorProfile> mentors = new ArrayList<>();
        for (int k = 0; k < perSide; k++) {
            int senior = order.get(k + perSide / 4);
            mentees.add(mentee(random, senior, departmentOf[senior], chain(senior, managerOf)));
            int junior = order.get(people - 1 - k);
            mentors.add(mentor(random, junior, departmentOf[junior], chain(junior, managerOf), maxCapacity));
        }
        var settings = new PairingSettings(Weights.DEFAULTS, 30, false, objective, Set.of(), Set.of());
        Map<Long, String> names = new HashMap<>();
        for (long s = 0; s < SKILLS; s++) {
            names.put(s, "Skill " + s);
        }
        return new PairingInput(mentors, mentees, settings, names);
    }

    private static MenteeProfile mentee(Random random, long id, int department, Set<Long> chain) {
        Map<Long, WantedSkill> wanted = new HashMap<>();
        int count = 2 + random.nextInt(4);
        while (wanted.size() < count) {
            wanted.put(
                    skewed(random, SKILLS),
                    new WantedSkill(1 + random.nextInt(3), Priority.values()[random.nextInt(3)]));
        }
        return new MenteeProfile(
                id,
                "Department " + department,
                chain,
                wanted,
                interests(random),
                WorkStyle.values()[random.nextInt(3)],
                MeetingPreference.values()[random.nextInt(3)],
                false);
    }

    private static MentorProfile mentor(Random random, long id, int department, Set<Long> chain, int maxCapacity) {
        Map<Long, Integer> offered = new HashMap<>();
        int count = 3 + random.nextInt(5);
        while (offered.size() < count) {
            offered.put(skewed(random, SKILLS), 2 + random.nextInt(4));
        }
        return new MentorProfile(
                id,
                "Department " + department,
                chain,
                offered,
                interests(random),
                WorkStyle.values()[random.nextInt(3)],
                MeetingPreference.values()[random.nextInt(3)],
                1 + random.nextInt(maxCapacity),
                false);
    }

    private static Set<String> interests(Random random) {
        Set<String> tags = new HashSet<>();
        int count = 2 + random.nextInt(5);
        while (tags.size() < count) {
            tags.add("interest-" + skewed(random, TAGS));
        }
        return tags;
    }

    /** 0 … bound − 1, low values more likely (roughly Zipf-like). */
    private static long skewed(Random random, int bound) {
        return (long) (bound * Math.pow(random.nextDouble(), 2));
    }

    private static Set<Long> chain(long person, long[] managerOf) {
        Set<Long> chain = new HashSet<>();
        for (long boss = managerOf[(int) person]; ; boss = managerOf[(int) boss]) {
            chain.add(boss);
            if (boss == 0) {
                return chain;
            }
        }
    }
}
