package org.upward.program.internal;

import jakarta.validation.constraints.NotNull;
import org.upward.program.ProgramStatus;

/** The status a client asks a program to move to. */
record TransitionRequest(@NotNull(message = "{program.error.sayWhichStatusToMoveTo}") ProgramStatus to) {}
