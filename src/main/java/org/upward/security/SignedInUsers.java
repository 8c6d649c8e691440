package org.upward.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the signed-in user: the account's stored roles, plus PARTICIPANT while they are enrolled. */
@Component
class SignedInUsers {

    private final ObjectProvider<ParticipantRoleSource> participants;

    SignedInUsers(ObjectProvider<ParticipantRoleSource> participants) {
        this.participants = participants;
    }

    UpwardUser of(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        String email = account.getPerson().getEmail();
        ParticipantRoleSource source = participants.getIfAvailable();
        if (source != null && source.isParticipant(email)) {
            roles.add(Role.PARTICIPANT);
        }
        return new UpwardUser(
                account.getId(),
                email,
                account.getPerson().getName(),
                account.getPasswordHash(),
                account.isEnabled(),
                Set.copyOf(roles));
    }
}
