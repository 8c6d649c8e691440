package org.upward.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The erasure confirmation: why (required, kept in the audit log). */
record PersonErasureForm(
        @NotBlank(message = "{people.erasure.reason.required}") @Size(max = PersonErasureService.REASON_MAX_LENGTH)
                String reason) {

    static PersonErasureForm empty() {
        return new PersonErasureForm("");
    }
}
