package org.upward.enrollment;

import jakarta.persistence.Embeddable;

/** A skill a mentor offers, at a proficiency of 1–5. */
@Embeddable
public record SkillOffer(long skillId, int level) {}
