package org.upward.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void hashesWithBcryptAtTheConfiguredCost() {
        PasswordEncoder encoder = hashing.passwordEncoder(10);
        String hash = encoder.encode("correct horse");

        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("wrong horse", hash)).isFalse();
    }

    @Test
    void aStoredHashKeepsItsOwnCostWhenTheSettingChanges() {
        String madeCheaply = hashing.passwordEncoder(4).encode("correct horse");
        String madeDearly = hashing.passwordEncoder(11).encode("correct horse");

        PasswordEncoder now = hashing.passwordEncoder(10);
        assertThat(now.matches("correct horse", madeCheaply)).isTrue();
        assertThat(now.matches("correct horse", madeDearly)).isTrue();
    }

    @Test
    void aHashWithoutItsAlgorithmIsNeverAccepted() {
        PasswordEncoder encoder = hashing.passwordEncoder(10);
        String bare = encoder.encode("correct horse").substring("{bcrypt}".length());

        assertThatThrownBy(() -> encoder.matches("correct horse", bare)).isInstanceOf(IllegalArgumentException.class);
    }
}
