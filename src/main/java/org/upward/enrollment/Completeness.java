package org.upward.enrollment;

/** How many active enrollments per side have a complete profile. */
public record Completeness(long mentors, long mentorsComplete, long mentees, long menteesComplete) {

    public long incomplete() {
        return mentors - mentorsComplete + mentees - menteesComplete;
    }
}
