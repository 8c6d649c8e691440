package org.upward.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An edit of a catalog skill: its name, category and whether it is retired, at the version the editor saw. */
public record SkillChange(
        @NotBlank @Size(max = 120) String name,
        @NotNull SkillCategory category,
        boolean retired,
        @NotNull Long version) {}
