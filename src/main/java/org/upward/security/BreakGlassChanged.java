package org.upward.security;

/** Published when an admin is named, or no longer named, a break-glass account (may log in with a password). */
public record BreakGlassChanged(long personId, String email, String name, boolean breakGlass) {}
