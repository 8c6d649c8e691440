package org.upward.pairing.internal;

import java.io.Serializable;

/** A message key with its arguments, kept in the flash scope across a redirect (so it must serialize). */
record PageNotice(String key, Object... args) implements Serializable {}
