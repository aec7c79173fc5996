package dev.cleave.runtime.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in modules that come from browser-client are that module's files, byte for byte, so
 * the browser and the server cannot drift apart (the build copies them; this catches a stale copy).
 */
class SharedModulesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"serializer.mjs", "decoder.mjs", "errors.mjs", "request.mjs"})
    void builtinFileIsBrowserClientsFile(String file) throws IOException {
        Path source = Path.of("../browser-client/src/main/js", file);
        assertThat(BuiltinModules.directory().resolve(file)).hasSameBinaryContentAs(source);
    }
}
