package org.upward.security;

/** Published when an admin starts or stops requiring single sign-on for password logins. */
public record SsoPolicyChanged(boolean required, long changedByAccountId) {}
