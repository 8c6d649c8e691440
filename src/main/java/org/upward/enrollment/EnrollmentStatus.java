package org.upward.enrollment;

/** Where an enrollment stands; a withdrawn one stays on record but takes no part. */
public enum EnrollmentStatus {
    APPLIED,
    ACCEPTED,
    WITHDRAWN
}
