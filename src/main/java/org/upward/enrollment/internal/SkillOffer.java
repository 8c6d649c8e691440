package org.upward.enrollment.internal;

import jakarta.persistence.Embeddable;

/** A skill a mentor offers, at a proficiency of 1–5. */
@Embeddable
record SkillOffer(long skillId, int level) {}
