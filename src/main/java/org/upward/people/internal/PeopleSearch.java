package org.upward.people.internal;

/** Filters of the directory list; each one is optional. */
record PeopleSearch(String q, String department, Integer level) {

    boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    boolean hasDepartment() {
        return department != null && !department.isBlank();
    }
}
