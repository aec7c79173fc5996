package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian chromium driven through its chromedriver, both at fixed paths, so Selenium
 * Manager never looks for (or downloads) a browser. Missing ones are installed by
 * {@code .ci/install-browser} when the tests run as root; otherwise the test fails with the
 * command to run. Every module's browser tests start their browser here (run from a module
 * folder of the repository).
 */
public record HeadlessChromium(ChromeDriverService service, ChromeDriver driver) implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path INSTALL = Path.of("../.ci/install-browser").toAbsolutePath().normalize();

    /** Starts a browser with a fresh profile under {@code profile}, with {@code arguments} added to the usual ones. */
    public static HeadlessChromium start(Path profile, String... arguments) {
        ensureInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        List<String> flags = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("profile")));
        flags.addAll(List.of(arguments));
        options.addArguments(flags);
        return new HeadlessChromium(service, new ChromeDriver(service, options));
    }

    /** Stops the browser and its driver. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    /** Runs .ci/install-browser when chromium or chromedriver is missing; fails with its words when it cannot. */
    private static void ensureInstalled() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        try {
            Path log = Files.createTempFile("install-browser", ".log");
            Process install = new ProcessBuilder(INSTALL.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = install.waitFor(10, TimeUnit.MINUTES);
            if (!finished) {
                install.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            assertThat(finished && install.exitValue() == 0)
                    .as("the browser tests need %s and %s, and %s could not install them:%n%s", BINARY, DRIVER, INSTALL, output)
                    .isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
