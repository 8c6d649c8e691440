package org.upward.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds reporting loops in a who-reports-to-whom map, in one pass over it. */
final class ManagerCycles {

    private ManagerCycles() {}

    /** For each person on a loop reachable from {@code starts}: the loop, starting with them. */
    static Map<String, List<String>> find(Map<String, String> managerOf, Iterable<String> starts) {
        Map<String, List<String>> loops = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (String start : starts) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> positionOnPath = new HashMap<>();
            String current = start;
            while (current != null && !done.contains(current)) {
                Integer seenAt = positionOnPath.get(current);
                if (seenAt != null) {
                    List<String> loop = path.subList(seenAt, path.size());
                    for (int i = 0; i < loop.size(); i++) {
                        List<String> rotated = new ArrayList<>(loop.subList(i, loop.size()));
                        rotated.addAll(loop.subList(0, i));
                        loops.put(loop.get(i), rotated);
                    }
                    break;
                }
                positionOnPath.put(current, path.size());
                path.add(current);
                current = managerOf.get(current);
            }
            done.addAll(path);
        }
        return loops;
    }
}
