package org.upward.home.internal;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The home pages, in the order a person with several roles is sent to them. */
enum HomePage {
    ADMIN("ROLE_ADMIN", "/admin"),
    EXECUTIVE("ROLE_EXECUTIVE", "/executive"),
    PARTICIPANT("ROLE_PARTICIPANT", "/participant"),
    NONE("", "/welcome");

    private final String authority;
    private final String path;

    HomePage(String authority, String path) {
        this.authority = authority;
        this.path = path;
    }

    String path() {
        return path;
    }

    static HomePage of(Authentication authentication) {
        return Arrays.stream(values())
                .filter(page -> authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(page.authority::equals))
                .findFirst()
                .orElse(NONE);
    }
}
