package org.upward.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.upward.people.SkillCategory;

/** An edit of a catalog skill: its name, category and whether it is retired, at the version the editor saw. */
record SkillChange(
        @NotBlank @Size(max = 120) String name,
        @NotNull SkillCategory category,
        boolean retired,
        @NotNull Long version) {}
