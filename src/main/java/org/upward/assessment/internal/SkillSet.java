package org.upward.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The skills one side of a program rates, by catalog id, in the order shown. */
record SkillSet(Map<Long, String> namesById) {

    static SkillSet of(List<String> names, Map<String, Long> idsByLowerName) {
        Map<Long, String> byId = new LinkedHashMap<>();
        names.forEach(name -> {
            Long id = idsByLowerName.get(name.toLowerCase(Locale.ROOT));
            if (id != null) {
                byId.put(id, name);
            }
        });
        return new SkillSet(byId);
    }

    boolean isEmpty() {
        return namesById.isEmpty();
    }

    int size() {
        return namesById.size();
    }

    boolean contains(long skillId) {
        return namesById.containsKey(skillId);
    }

    List<String> names() {
        return List.copyOf(namesById.values());
    }

    /** The skill of this set a client named, ignoring case and surrounding blanks. */
    Optional<Long> idOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().replaceAll("\\s+", " ");
        return namesById.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    String nameOf(long skillId) {
        return namesById.get(skillId);
    }
}
