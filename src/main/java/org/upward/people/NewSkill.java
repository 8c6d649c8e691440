package org.upward.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A skill to add to the catalog. */
public record NewSkill(@NotBlank @Size(max = 120) String name, @NotNull SkillCategory category) {}
