package org.upward.security;

/**
 * Published inside the transaction that creates or revokes a provisioning token (the bearer token an identity
 * provider uses for SCIM); never carries the token itself.
 */
public record ProvisioningTokenChanged(long tokenId, String tokenName, long byAccountId, boolean revoked) {}
