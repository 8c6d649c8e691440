package org.upward.security;

import java.util.Set;

/** Published inside the transaction that sets a person's managed roles; {@code before} and {@code after} differ. */
public record RolesChanged(long personId, String email, String name, Set<Role> before, Set<Role> after) {}
