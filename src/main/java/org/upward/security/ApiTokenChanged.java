package org.upward.security;

/** Published inside the transaction that issues or revokes an API token; never carries the token itself. */
public record ApiTokenChanged(long tokenId, String tokenName, long ownerAccountId, boolean revoked) {}
