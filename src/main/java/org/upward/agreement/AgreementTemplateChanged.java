package org.upward.agreement;

/** An admin changed (or reset to the default) a program's agreement template. */
public record AgreementTemplateChanged(long programId, String programName, boolean reset) {}
