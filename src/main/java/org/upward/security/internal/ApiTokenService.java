package org.upward.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.security.ApiTokenChanged;
import org.upward.security.UpwardUser;

/** Issues, lists, revokes and checks API tokens. A caller only ever sees and revokes their own. */
@Service
class ApiTokenService {

    private static final String PREFIX = "upw_";
    /** Recording every use would write on every API call; once a minute tells an admin enough. */
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SignedInUsers users;
    private final ApplicationEventPublisher events;

    ApiTokenService(
            ApiTokenRepository tokens,
            AccountRepository accounts,
            Clock clock,
            SignedInUsers users,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public IssuedApiToken issue(long accountId, String name) {
        Account account = accounts.getReferenceById(accountId);
        String token = TokenHash.newToken(PREFIX);
        ApiToken saved = tokens.save(new ApiToken(account, name.trim(), TokenHash.of(token), clock.instant()));
        events.publishEvent(new ApiTokenChanged(saved.getId(), saved.getName(), accountId, false));
        return new IssuedApiToken(saved.getId(), saved.getName(), token, saved.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> listOwn(long accountId) {
        return tokens.findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDesc(accountId).stream()
                .map(ApiTokenView::of)
                .toList();
    }

    @Transactional
    public void revokeOwn(long accountId, long tokenId) {
        ApiToken token = tokens.findByIdAndAccountId(tokenId, accountId)
                .filter(found -> !found.isRevoked())
                .orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
        token.revoke(clock.instant());
        events.publishEvent(new ApiTokenChanged(token.getId(), token.getName(), accountId, true));
    }

    /** The user a live token belongs to, if the token is live and its account may log in. */
    @Transactional
    Optional<UpwardUser> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHashAndRevokedAtIsNull(TokenHash.of(token))
                .filter(found -> found.getAccount().isEnabled())
                .map(found -> {
                    if (found.getLastUsedAt() == null
                            || found.getLastUsedAt().isBefore(now.minus(USE_RECORD_INTERVAL))) {
                        tokens.markUsed(found.getId(), now);
                    }
                    return users.of(found.getAccount());
                })
                // a person who left the company: their tokens stop working with their login
                .filter(UpwardUser::isEnabled);
    }
}
