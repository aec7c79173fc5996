package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Sign-up, log-in, sessions and the requester: who a call runs as comes only from the token. */
class AccountsTest extends DomainTest {
    @Test
    void signUpLogsInAndLoginChecksThePassword() {
        Person ada = signUp("ada");
        assertThat(api.ok(ada.token(), "authentication/me", Map.of()).get("nickname").asText()).isEqualTo(ada.nickname());

        JsonNode login = api.ok(null, "authentication/login", Map.of("nickname", ada.nickname(), "password", PASSWORD));
        assertThat(login.get("creator").get("id").asText()).isEqualTo(ada.id());
        assertThat(login.get("token").asText()).isNotEqualTo(ada.token()).hasSize(64);

        Api.Answer wrong = api.call(null, "authentication/login", Map.of("nickname", ada.nickname(), "password", "wrong-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("That nickname and password do not match.");
        Api.Answer nobody = api.call(null, "authentication/login", Map.of("nickname", "no_such_" + RUN, "password", PASSWORD));
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.body()).isEqualTo(wrong.body());
    }

    @Test
    void fiveWrongPasswordsLockTheNicknameAndNoOtherOne() {
        Person tess = signUp("tess");
        Person other = signUp("otto");
        Map<String, String> wrong = Map.of("nickname", tess.nickname(), "password", "wrong-password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.call(null, "authentication/login", wrong).status()).as("wrong password %d", attempt).isEqualTo(401);
        }
        Api.Answer locked = api.call(null, "authentication/login", Map.of("nickname", tess.nickname(), "password", PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo("Too many wrong passwords. Try again in 15 minutes.");
        assertThat(api.call(null, "authentication/login", wrong).status()).isEqualTo(429);
        assertThat(api.ok(null, "authentication/login", Map.of("nickname", other.nickname(), "password", PASSWORD))
                .get("creator").get("id").asText()).isEqualTo(other.id());
        assertThat(api.ok(tess.token(), "authentication/me", Map.of()).get("id").asText()).as("her session goes on")
                .isEqualTo(tess.id());
    }

    @Test
    void aRightPasswordClearsTheWrongOnes() {
        Person ria = signUp("ria");
        Map<String, String> wrong = Map.of("nickname", ria.nickname(), "password", "wrong-password");
        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(api.call(null, "authentication/login", wrong).status()).isEqualTo(401);
            }
            api.ok(null, "authentication/login", Map.of("nickname", ria.nickname(), "password", PASSWORD));
        }
    }

    @Test
    void aNicknameIsUniqueAndWellFormed() {
        Person taken = signUp("bo");
        Api.Answer again = api.call(null, "authentication/signUp", Map.of("nickname", taken.nickname(), "fullName", "Other", "password", PASSWORD));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo("The nickname \"" + taken.nickname() + "\" is taken. Try another one.");

        assertThat(api.call(null, "authentication/signUp", Map.of("nickname", "No Spaces!", "fullName", "X", "password", PASSWORD)).body())
                .isEqualTo("A nickname is 3 to 20 characters: lower-case letters, digits and _.");
        assertThat(api.call(null, "authentication/signUp", Map.of("nickname", "ab", "fullName", "X", "password", PASSWORD)).status()).isEqualTo(400);
        assertThat(api.call(null, "authentication/signUp", Map.of("nickname", nickname("cy"), "fullName", "X", "password", "short")).body())
                .isEqualTo("A password has at least 8 characters.");
    }

    @Test
    void theBrowserCannotChooseWhoItIs() {
        Person eve = signUp("eve");
        Person victim = signUp("vic");
        Map<String, Object> forged = Map.of("requester", Map.of("id", victim.id(), "nickname", victim.nickname()));

        Api.Answer noToken = api.call(null, "authentication/me", forged);
        assertThat(noToken.status()).isEqualTo(200);
        assertThat(noToken.body()).isEqualTo("null");
        assertThat(api.ok(eve.token(), "authentication/me", forged).get("id").asText()).isEqualTo(eve.id());
        Api.Answer post = api.call(null, "post/publishComic", Map.of("panels", java.util.List.of(bubblePanel("x")), "requester", forged.get("requester")));
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.body()).isEqualTo("Please log in first.");
        assertThat(api.call("f".repeat(64), "timeline/forYou", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAndProtectedFunctionsRefuseTheBrowser() {
        Person kim = signUp("kim");
        api.ok(kim.token(), "authentication/logout", Map.of());
        assertThat(api.call(kim.token(), "timeline/forYou", Map.of()).status()).isEqualTo(401);
        // the persistence functions are protected: without the trust key the node refuses them
        assertThat(api.call(null, "creator/create", Map.of("nickname", nickname("x"), "fullName", "X", "password", PASSWORD)).status())
                .isEqualTo(401);
    }

    @Test
    void theProfileHasNamesJoinDateAndCountsAndTheNameCanChange() {
        Person lee = signUp("lee");
        postComic(lee, "first");
        JsonNode profile = api.ok(lee.token(), "profile/get", Map.of("nickname", lee.nickname()));
        assertThat(profile.get("me").asBoolean()).isTrue();
        assertThat(profile.get("comics").asInt()).isEqualTo(1);
        assertThat(profile.get("creator").get("joinedAt").asLong()).isGreaterThan(0);
        assertThat(profile.get("posts")).hasSize(1);

        assertThat(api.ok(lee.token(), "profile/rename", Map.of("fullName", "Lee Renamed")).get("fullName").asText()).isEqualTo("Lee Renamed");
        assertThat(api.call(lee.token(), "profile/rename", Map.of("fullName", "  ")).body()).isEqualTo("Your name must be 1 to 40 characters.");
        assertThat(api.call(lee.token(), "profile/get", Map.of("nickname", "nobody_" + RUN)).status()).isEqualTo(404);
    }
}
