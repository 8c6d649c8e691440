package org.upward.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.security.ProvisioningTokenChanged;
import org.upward.shared.PageView;

/** Issues, lists, revokes and checks provisioning tokens: the admins' tokens for identity providers' SCIM. */
@Service
class ProvisioningTokenService {

    private static final String PREFIX = "upw_scim_";
    /** Recording every use would write on every SCIM call; once a minute tells an admin enough. */
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    private final ProvisioningTokenRepository tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProvisioningTokenService(ProvisioningTokenRepository tokens, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public IssuedProvisioningToken issue(long byAccountId, String name) {
        String token = TokenHash.newToken(PREFIX);
        ProvisioningToken saved =
                tokens.save(new ProvisioningToken(name.trim(), TokenHash.of(token), byAccountId, clock.instant()));
        events.publishEvent(new ProvisioningTokenChanged(saved.getId(), saved.getName(), byAccountId, false));
        return new IssuedProvisioningToken(saved.getId(), saved.getName(), token, saved.getCreatedAt());
    }

    /** The live tokens, newest first. */
    @Transactional(readOnly = true)
    public PageView<ProvisioningTokenView> list(Pageable page) {
        return PageView.of(
                tokens.findByRevokedAtIsNullOrderByCreatedAtDesc(page).map(ProvisioningTokenView::of));
    }

    @Transactional
    public void revoke(long byAccountId, long tokenId) {
        ProvisioningToken token = tokens.findById(tokenId)
                .filter(found -> !found.isRevoked())
                .orElseThrow(() -> new ProvisioningTokenNotFoundException(tokenId));
        token.revoke(clock.instant());
        events.publishEvent(new ProvisioningTokenChanged(token.getId(), token.getName(), byAccountId, true));
    }

    /** Whether the token is a live provisioning token (its use recorded). */
    @Transactional
    boolean authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHashAndRevokedAtIsNull(TokenHash.of(token))
                .map(found -> {
                    if (found.getLastUsedAt() == null
                            || found.getLastUsedAt().isBefore(now.minus(USE_RECORD_INTERVAL))) {
                        tokens.markUsed(found.getId(), now);
                    }
                    return true;
                })
                .orElse(false);
    }
}
