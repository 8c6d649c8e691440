package org.upward.people.internal;

/** Why a person is erased: required, recorded in the audit log. */
record PersonErasureRequest(String reason) {}
