package org.upward.people;

import org.upward.shared.TextRenaming;

/**
 * A person was erased (right to be forgotten), published inside the erasure's transaction. Every module that keeps
 * text they wrote or that names them listens in its {@code internal} package and, in the same transaction, clears
 * what they wrote and replaces their former name and email wherever else they appear by {@code pseudonym} and
 * {@code pseudonymEmail}. The former name and email are here only so listeners can find them: nobody may store them.
 * Counts stay: rows are kept, only their personal text changes.
 */
public record PersonErased(
        long personId, String pseudonym, String pseudonymEmail, String formerName, String formerEmail, String reason) {

    /** The placeholder a listener writes into a required text column whose text the erased person wrote. */
    public static final String ERASED_TEXT = "—";

    /** How their former name and email become the pseudonym in free texts that mention them. */
    public TextRenaming renaming() {
        return new TextRenaming(formerName, formerEmail, pseudonym, pseudonymEmail);
    }
}
