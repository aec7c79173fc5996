package dev.cleave.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The jar holds every module of the client, and the modules import nothing else. */
class BrowserClientFilesTest {
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|export)\\b[^;]*?\\bfrom\\s+'([^']+)'");

    @Test
    void shipsEveryModuleAndTheyImportOnlyEachOther() {
        for (String file : BrowserClient.FILES) {
            String source = BrowserClient.source(file);
            assertThat(source).as(file).isNotBlank();
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String specifier = imports.group(1);
                assertThat(specifier).as("import in " + file).startsWith("./");
                assertThat(BrowserClient.FILES).as("import in " + file).contains(specifier.substring(2));
            }
        }
        assertThat(BrowserClient.FILES).contains(BrowserClient.ENTRY);
    }

    @Test
    void refusesAFileThatIsNotAModuleOfTheClient() {
        assertThatThrownBy(() -> BrowserClient.source("node.mjs"))
                .hasMessageStartingWith("'node.mjs' is not a browser-client module; the modules are [index.mjs");
    }
}
