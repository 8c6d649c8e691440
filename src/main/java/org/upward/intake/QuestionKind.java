package org.upward.intake;

/** How an intake question is answered: a line, a paragraph, one or several of its options, or 1 to 5. */
public enum QuestionKind {
    SHORT_TEXT,
    LONG_TEXT,
    CHOICE,
    MULTIPLE_CHOICE,
    SCALE;

    public boolean hasOptions() {
        return this == CHOICE || this == MULTIPLE_CHOICE;
    }
}
