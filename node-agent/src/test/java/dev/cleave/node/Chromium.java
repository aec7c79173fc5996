package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through its chromedriver, both at fixed paths, so Selenium
 * Manager never looks for (or downloads) a browser. Missing ones are installed by
 * {@code .ci/install-browser} when the tests run as root; otherwise the test fails with the
 * command to run. Each instance has a fresh profile folder; {@link #close()} stops the browser.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path INSTALL = Path.of("../.ci/install-browser").toAbsolutePath().normalize();
    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use WebDriver only. */
    private static final java.util.logging.Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    Chromium(Path profile) {
        ensureInstalled();
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits until every element with an {@code id} in {@code ids} has {@code data-done}. */
    void openAndAwait(String url, String... ids) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> "the page did not finish: " + texts(ids))
                .until(d -> java.util.Arrays.stream(ids)
                        .allMatch(id -> "true".equals(d.findElement(By.id(id)).getDomAttribute("data-done"))));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String texts(String... ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            out.append(id).append('=').append(driver.findElements(By.id(id)).isEmpty() ? "(missing)" : text(id)).append("; ");
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
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
