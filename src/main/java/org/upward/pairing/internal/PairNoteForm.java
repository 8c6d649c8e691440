package org.upward.pairing.internal;

import jakarta.validation.constraints.Size;

/** The text the admin gives with a flag (optional) or a swap (the service insists on a reason). */
record PairNoteForm(@Size(max = 1000, message = "{pairing.note.tooLong}") String text) {}
