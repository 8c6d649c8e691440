package org.upward.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.InvitationIssued;
import org.upward.security.InvitationService;
import org.upward.security.IssuedInvitation;
import org.upward.security.Role;
import org.upward.shared.ConflictException;
import org.upward.shared.GoneException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** Invites people: a disabled account and a one-time, expiring link to choose a password. */
@Service
class Invitations implements InvitationService {

    private final AccountRepository accounts;
    private final AccountHolders holders;
    private final InvitationRepository invitations;
    private final People people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final Duration validFor;

    Invitations(
            AccountRepository accounts,
            AccountHolders holders,
            InvitationRepository invitations,
            People people,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${upward.base-url}") String baseUrl,
            @Value("${upward.invitations.valid-for:7d}") Duration validFor) {
        this.accounts = accounts;
        this.holders = holders;
        this.invitations = invitations;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.validFor = validFor;
    }

    @Transactional
    public IssuedInvitation invite(String email, long invitedByAccountId) {
        PersonRef person = people.getByEmail(email);
        Account account = accounts.findByPersonId(person.id())
                .orElseGet(() -> accounts.save(new Account(person.id(), null, EnumSet.noneOf(Role.class))));
        if (account.isEnabled()) {
            throw new ConflictException(
                    UiText.of("security.conflict.alreadyActive"),
                    UiText.of("security.error.alreadyHasAnActiveAccountAnd", person.email()));
        }
        invitations.deleteOpenFor(account.getId());
        String token = TokenHash.newToken("inv_");
        Instant now = clock.instant();
        Invitation invitation = invitations.save(
                new Invitation(account, TokenHash.of(token), invitedByAccountId, now, now.plus(validFor)));
        String url = baseUrl + "/invitations/" + token;
        events.publishEvent(new InvitationIssued(person.email(), person.name(), url, invitation.getExpiresAt()));
        return new IssuedInvitation(person.email(), url, invitation.getExpiresAt());
    }

    /** Whose invitation this is, if it can still be used. */
    @Transactional(readOnly = true)
    public String emailOfUsable(String token) {
        return holders.personOf(usable(token).getAccount()).email();
    }

    @Transactional
    public void accept(String token, String password) {
        Invitation invitation = usable(token);
        Account account = invitation.getAccount();
        String email = holders.personOf(account).email();
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new InvalidFieldException("password", UiText.of("security.error.thePassword", problem));
        });
        account.activate(passwordEncoder.encode(password));
        invitation.markUsed(clock.instant());
    }

    private Invitation usable(String token) {
        Invitation invitation =
                invitations.findByTokenHash(TokenHash.of(token)).orElseThrow(() -> new InvitationNotFoundException());
        if (!invitation.isUsable(clock.instant())) {
            throw new GoneException(UiText.of("security.error.thisInvitationLinkWasAlreadyUsed"));
        }
        return invitation;
    }

    static class InvitationNotFoundException extends NotFoundException {

        InvitationNotFoundException() {
            super(UiText.of("security.error.thereIsNoSuchInvitationCheck"));
        }
    }
}
