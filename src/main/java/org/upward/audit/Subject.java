package org.upward.audit;

/** What an entry is about: a kind of thing and, when it has one, its id. */
record Subject(String type, Long id) {

    static Subject of(String type, long id) {
        return new Subject(type, id);
    }

    static Subject kind(String type) {
        return new Subject(type, null);
    }
}
