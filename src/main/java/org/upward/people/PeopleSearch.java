package org.upward.people;

/** Filters of the directory list; each one is optional. */
public record PeopleSearch(String q, String department, Integer level) {

    public static PeopleSearch everyone() {
        return new PeopleSearch(null, null, null);
    }

    boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    boolean hasDepartment() {
        return department != null && !department.isBlank();
    }
}
