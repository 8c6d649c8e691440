package org.upward.program;

/** An admin deleted a program template; the other modules' parts of it went with its row (on delete cascade). */
public record ProgramTemplateDeleted(long templateId, String name) {}
