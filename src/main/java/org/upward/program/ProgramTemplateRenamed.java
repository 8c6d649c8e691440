package org.upward.program;

/** An admin renamed a program template. */
public record ProgramTemplateRenamed(long templateId, String fromName, String toName) {}
