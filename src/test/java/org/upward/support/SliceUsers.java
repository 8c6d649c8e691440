package org.upward.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/** Signed-in users for slice tests ({@link WebSlice}): no database, no login form. */
public final class SliceUsers {

    public static final String ADMIN = "admin@slice.test";

    private SliceUsers() {}

    public static RequestPostProcessor admin() {
        return as(ADMIN, Role.ADMIN);
    }

    public static RequestPostProcessor executive() {
        return as("exec@slice.test", Role.EXECUTIVE);
    }

    public static RequestPostProcessor participant() {
        return as("mentee@slice.test", Role.PARTICIPANT);
    }

    public static RequestPostProcessor as(String email, Role... roles) {
        return user(new UpwardUser(1, email, email, "{noop}unused", true, Set.of(roles)));
    }
}
