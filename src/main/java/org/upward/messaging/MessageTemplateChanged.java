package org.upward.messaging;

/** An admin edited a program's message of {@code kind}, or reset it to the default ({@code reset}). */
public record MessageTemplateChanged(long programId, String programName, MessageKind kind, boolean reset) {}
