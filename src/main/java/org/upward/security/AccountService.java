package org.upward.security;

import java.util.Set;
import org.upward.people.PersonRef;

/** Accounts as other modules may create them (the demo's people). */
public interface AccountService {

    /** Gives the person an enabled account with that password and those roles, unless they have one. */
    void createIfAbsent(PersonRef person, String rawPassword, Set<Role> roles);
}
