package org.upward.program;

import jakarta.validation.constraints.NotNull;

/** The status a client asks a program to move to. */
public record TransitionRequest(@NotNull(message = "{program.error.sayWhichStatusToMoveTo}") ProgramStatus to) {}
