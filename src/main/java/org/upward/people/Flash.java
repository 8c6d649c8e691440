package org.upward.people;

import java.io.Serializable;

/** A one-time message for the next page: a key of messages-people.properties and its arguments. */
record Flash(String key, Object... args) implements Serializable {}
