package dev.cleave.node;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the page tests: a {@link HeadlessChromium} with a fresh profile folder, and
 * waits for the test page's results; {@link #close()} stops the browser.
 */
final class Chromium implements AutoCloseable {
    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use WebDriver only. */
    private static final java.util.logging.Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final HeadlessChromium browser;
    private final ChromeDriver driver;

    Chromium(Path profile) {
        browser = HeadlessChromium.start(profile);
        driver = browser.driver();
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
        browser.close();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
}
