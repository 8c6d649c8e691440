package org.upward.program;

/** Why a program was copied: the next cohort, a template saved from a program, or a program made from a template. */
public enum ProgramCopyPurpose {
    NEXT_COHORT,
    SAVED_AS_TEMPLATE,
    FROM_TEMPLATE
}
