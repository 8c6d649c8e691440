package org.upward.pairing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random small programs (up to 7 per side) with random constraints, from a seed, for property tests. */
final class SmallInstances {

    private static final String[] DEPARTMENTS = {"Sales", "IT", "Finance"};
    private static final String[] TAGS = {"cycling", "music", "chess", "cooking", "travel", "gaming"};

    private SmallInstances() {}

    static PairingInput random(long seed, Objective objective) {
        var random = new Random(seed);
        int mentorCount = random.nextInt(8);
        int menteeCount = random.nextInt(8);
        // person ids 1..20: participants get distinct ids; managers may be anyone, including non-participants
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            ids.add(id);
        }
        java.util.Collections.shuffle(ids, random);
        Map<Long, Long> managerOf = new HashMap<>();
        for (int k = 1; k < ids.size(); k++) {
            if (random.nextInt(4) > 0) {
                managerOf.put(ids.get(k), ids.get(random.nextInt(k)));
            }
        }
        List<MentorProfile> mentors = new ArrayList<>();
        for (int j = 0; j < mentorCount; j++) {
            long id = ids.get(j);
            mentors.add(new MentorProfile(
                    id,
                    pick(random, DEPARTMENTS),
                    chain(id, managerOf),
                    offered(random),
                    tags(random),
                    pick(random, WorkStyle.values()),
                    pick(random, MeetingPreference.values()),
                    1 + random.nextInt(3),
                    random.nextInt(4) == 0));
        }
        List<MenteeProfile> mentees = new ArrayList<>();
        for (int i = 0; i < menteeCount; i++) {
            long id = ids.get(mentorCount + i);
            mentees.add(new MenteeProfile(
                    id,
                    pick(random, DEPARTMENTS),
                    chain(id, managerOf),
                    wanted(random),
                    tags(random),
                    pick(random, WorkStyle.values()),
                    pick(random, MeetingPreference.values()),
                    random.nextInt(4) == 0));
        }
        Set<PairKey> blocked = randomPairs(random, mentors, mentees);
        Set<PairKey> dissolved = randomPairs(random, mentors, mentees);
        var weights =
                new Weights(random.nextInt(11) / 10.0, random.nextInt(11) / 10.0, 0.05 + random.nextInt(10) / 10.0);
        var settings = new PairingSettings(
                weights, random.nextInt(7) * 10, random.nextBoolean(), objective, blocked, dissolved);
        return new PairingInput(mentors, mentees, settings, Map.of(1L, "AI assistants", 2L, "TikTok"));
    }

    static PairingInput withObjective(PairingInput input, Objective objective) {
        var s = input.settings();
        var settings = new PairingSettings(
                s.weights(), s.minScore(), s.excludeSameDepartment(), objective, s.blockedPairs(), s.dissolvedPairs());
        return new PairingInput(input.mentors(), input.mentees(), settings, input.skillNames());
    }

    private static Set<Long> chain(long id, Map<Long, Long> managerOf) {
        Set<Long> chain = new HashSet<>();
        for (Long boss = managerOf.get(id); boss != null; boss = managerOf.get(boss)) {
            chain.add(boss);
        }
        return chain;
    }

    private static Map<Long, Integer> offered(Random random) {
        Map<Long, Integer> offered = new HashMap<>();
        for (long skill = 1; skill <= 5; skill++) {
            if (random.nextBoolean()) {
                offered.put(skill, 1 + random.nextInt(5));
            }
        }
        return offered;
    }

    private static Map<Long, WantedSkill> wanted(Random random) {
        Map<Long, WantedSkill> wanted = new HashMap<>();
        for (long skill = 1; skill <= 5; skill++) {
            if (random.nextInt(3) == 0) {
                wanted.put(skill, new WantedSkill(1 + random.nextInt(5), pick(random, Priority.values())));
            }
        }
        return wanted;
    }

    private static Set<String> tags(Random random) {
        Set<String> tags = new HashSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static Set<PairKey> randomPairs(Random random, List<MentorProfile> mentors, List<MenteeProfile> mentees) {
        Set<PairKey> pairs = new HashSet<>();
        if (mentors.isEmpty() || mentees.isEmpty()) {
            return pairs;
        }
        int count = random.nextInt(3);
        for (int k = 0; k < count; k++) {
            pairs.add(new PairKey(
                    mentors.get(random.nextInt(mentors.size())).id(),
                    mentees.get(random.nextInt(mentees.size())).id()));
        }
        return pairs;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
