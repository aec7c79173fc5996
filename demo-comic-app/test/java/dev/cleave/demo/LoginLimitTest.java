package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The log-in limit per address, on a node of its own (every test call comes from 127.0.0.1, so
 * the other domain tests must not share this count): 30 wrong passwords from one address, for
 * any nicknames, lock log-in from it for 15 minutes, even for a nickname it never tried.
 */
class LoginLimitTest extends DomainTest {
    @Test
    void thirtyWrongPasswordsFromOneAddressLockItsLogIns() {
        Person wes = signUp("wes");
        for (int attempt = 1; attempt <= 30; attempt++) {
            // a new nickname each time (3 tries each), so that no nickname reaches its own limit of 5
            Map<String, String> guess = Map.of("nickname", "guess_" + RUN + "_" + (attempt / 3), "password", "wrong-password");
            assertThat(api.call(null, "authentication/login", guess).status()).as("wrong password %d", attempt).isEqualTo(401);
        }
        Api.Answer locked = api.call(null, "authentication/login", Map.of("nickname", wes.nickname(), "password", PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo("Too many wrong passwords. Try again in 15 minutes.");
        assertThat(api.ok(wes.token(), "authentication/me", Map.of()).get("id").asText()).as("open sessions go on")
                .isEqualTo(wes.id());
    }
}
