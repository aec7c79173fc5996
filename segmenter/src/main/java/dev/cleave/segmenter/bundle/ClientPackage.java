package dev.cleave.segmenter.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cleave.browser.BrowserClient;

/**
 * The browser's versions of the runtime's built-in modules, as two packages that esbuild finds
 * before any of the project's: {@code cleave} (browser-client's modules; {@code cleave/remote} is
 * its {@code __run}, {@code cleave/serializer} its serializer) and {@code jitar}, the same module
 * under Jitar's name, so that {@code instanceof} agrees whichever name code imports.
 */
final class ClientPackage {
    private ClientPackage() {}

    static void write(Path nodeModules) throws IOException {
        Path cleave = Files.createDirectories(nodeModules.resolve("cleave"));
        for (String file : BrowserClient.FILES) {
            Files.writeString(cleave.resolve(file), BrowserClient.source(file));
        }
        Files.writeString(cleave.resolve("remote.mjs"), "// 'cleave/remote' in the browser: stubs call the server"
                + " through the page's client.\nexport { __run } from './" + BrowserClient.ENTRY + "';\n");
        Files.writeString(cleave.resolve("package.json"), """
                { "name": "cleave", "type": "module",
                  "exports": { ".": "./%s", "./remote": "./remote.mjs", "./serializer": "./serializer.mjs" } }
                """.formatted(BrowserClient.ENTRY));
        Path jitar = Files.createDirectories(nodeModules.resolve("jitar"));
        Files.writeString(jitar.resolve("index.mjs"), "// 'jitar' is an alias of 'cleave' in the browser too.\n"
                + "export * from 'cleave';\n");
        Files.writeString(jitar.resolve("package.json"), """
                { "name": "jitar", "type": "module", "exports": { ".": "./index.mjs" } }
                """);
    }
}
