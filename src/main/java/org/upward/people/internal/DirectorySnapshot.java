package org.upward.people.internal;

import java.util.Map;

/** Who is in the directory right now, by email, with their manager's email: what an import is checked against. */
record DirectorySnapshot(Map<String, Entry> byEmail) {

    record Entry(long id, String managerEmail) {}

    boolean contains(String email) {
        return byEmail.containsKey(email);
    }
}
