package org.upward.program.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's name: when saving a program as a template, or renaming one. */
record ProgramTemplateRequest(
        @NotBlank(message = "{program.template.error.name}")
                @Size(max = 200, message = "{program.error.keepTheNameUnder200Characters}")
                String name) {}
