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
import org.upward.people.PeopleService;
import org.upward.people.Person;
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
    private final InvitationRepository invitations;
    private final PeopleService people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final Duration validFor;

    Invitations(
            AccountRepository accounts,
            InvitationRepository invitations,
            PeopleService people,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${upward.base-url}") String baseUrl,
            @Value("${upward.invitations.valid-for:7d}") Duration validFor) {
        this.accounts = accounts;
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
        Person person = people.getByEmail(email);
        Account account = accounts.findByPersonEmail(person.getEmail())
                .orElseGet(() -> accounts.save(new Account(person, null, EnumSet.noneOf(Role.class))));
        if (account.isEnabled()) {
            throw new ConflictException(
                    UiText.of("security.conflict.alreadyActive"),
                    UiText.of("security.error.alreadyHasAnActiveAccountAnd", person.getEmail()));
        }
        invitations.deleteOpenFor(account.getId());
        String token = TokenHash.newToken("inv_");
        Instant now = clock.instant();
        Invitation invitation = invitations.save(
                new Invitation(account, TokenHash.of(token), invitedByAccountId, now, now.plus(validFor)));
        String url = baseUrl + "/invitations/" + token;
        events.publishEvent(new InvitationIssued(person.getEmail(), person.getName(), url, invitation.getExpiresAt()));
        return new IssuedInvitation(person.getEmail(), url, invitation.getExpiresAt());
    }

    /** Whose invitation this is, if it can still be used. */
    @Transactional(readOnly = true)
    public String emailOfUsable(String token) {
        return usable(token).getAccount().getPerson().getEmail();
    }

    @Transactional
    public void accept(String token, String password) {
        Invitation invitation = usable(token);
        Account account = invitation.getAccount();
        String email = account.getPerson().getEmail();
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
