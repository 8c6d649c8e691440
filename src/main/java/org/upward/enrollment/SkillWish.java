package org.upward.enrollment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A skill a mentee wants, with where they stand (1–5) and how much it matters. */
@Embeddable
public record SkillWish(long skillId, int currentLevel, @Enumerated(EnumType.STRING) Priority priority) {}
