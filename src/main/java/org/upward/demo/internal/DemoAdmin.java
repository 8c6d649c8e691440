package org.upward.demo.internal;

import java.util.Set;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/** The identity the demo loader acts as when a service asks who is acting. */
final class DemoAdmin {

    static final UpwardUser USER =
            new UpwardUser(0, "admin@demo.upward.app", "Alex Admin", null, true, Set.of(Role.ADMIN));

    private DemoAdmin() {}
}
