package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Photos for panel backgrounds: stored as blobs up to 1 MB, with a clear error above, at most 30 a day per creator. */
class PhotosTest extends DomainTest {
    @Test
    void aPhotoUpTo1MbIsKeptAndALargerOneIsRefusedWithItsSize() {
        Person pat = signUp("pat");
        Api.Answer large = api.call(pat.token(), "photo/upload", Map.of("bytes", uint8(1_300_000), "contentType", "image/png"), true);
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body()).contains("This photo is 1.2 MB; the largest is 1 MB. Try a smaller one.");
        assertThat(api.call(pat.token(), "photo/upload", Map.of("bytes", uint8(10), "contentType", "text/html"), true).body())
                .contains("A photo must be a PNG, JPEG, GIF or WebP image.");
        assertThat(api.call(pat.token(), "photo/upload", Map.of("bytes", List.of(1, 2, 3), "contentType", "image/png")).body())
                .isEqualTo("A photo must be sent as bytes (a Uint8Array).");
        assertThat(api.call(pat.token(), "photo/upload", Map.of("bytes", uint8(0), "contentType", "image/png"), true).body())
                .contains("The photo is empty.");
        assertThat(api.call(null, "photo/upload", Map.of("bytes", uint8(10), "contentType", "image/png"), true).status()).isEqualTo(401);

        String id = api.call(pat.token(), "photo/upload", Map.of("bytes", uint8(2048), "contentType", "image/png"), true).body();
        assertThat(id).startsWith("\"photo-");
        id = id.substring(1, id.length() - 1);
        JsonNode photo = api.call(pat.token(), "photo/download", Map.of("id", id), true).json();
        assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
        JsonNode bytes = photo.get("bytes").get("bytes");
        assertThat(bytes).hasSize(2048);
        assertThat(bytes.get(300).asInt()).isEqualTo(300 % 251);

        JsonNode comic = api.ok(pat.token(), "post/publishComic", Map.of("panels", List.of(Map.of(
                "background", Map.of("kind", "photo", "value", id),
                "elements", List.of(Map.of("kind", "caption", "text", "On holiday", "x", 2, "y", 2, "width", 96, "height", 12))))));
        assertThat(comic.get("comic").get("panels").get(0).get("background").get("value").asText()).isEqualTo(id);
        assertThat(api.call(pat.token(), "photo/download", Map.of("id", "photo-" + "0".repeat(36))).status()).isEqualTo(404);
    }

    @Test
    void aCreatorStoresAtMost30PhotosADayAndOthersAreNotHeldUp() {
        Person uma = signUp("uma");
        for (int i = 1; i <= 30; i++) {
            Api.Answer stored = api.call(uma.token(), "photo/upload", Map.of("bytes", uint8(16), "contentType", "image/png"), true);
            assertThat(stored.status()).as("photo %d: %s", i, stored.body()).isEqualTo(200);
        }
        Api.Answer refused = api.call(uma.token(), "photo/upload", Map.of("bytes", uint8(16), "contentType", "image/png"), true);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("\"key\":\"cleave:TooManyRequests\"")
                .contains("You have uploaded 30 photos today, the most for one day. Try again tomorrow.");
        Person vic = signUp("vico");
        assertThat(api.call(vic.token(), "photo/upload", Map.of("bytes", uint8(16), "contentType", "image/png"), true).status())
                .isEqualTo(200);
    }

    /** A Uint8Array in the serialized encoding, as the browser client sends one. */
    private static Map<String, Object> uint8(int size) {
        int[] bytes = new int[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = i % 251;
        }
        return Map.of("serialized", true, "name", "TypedArray", "type", "Uint8Array", "bytes", bytes);
    }
}
