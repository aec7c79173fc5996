package dev.cleave.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.cleave.node.HeadlessChromium;

/**
 * The demo's browser: a {@link HeadlessChromium} (node-agent's test jar) that finds elements by
 * their {@code data-test} names and waits with deadlines.
 */
final class Browser implements AutoCloseable {
    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final String base;

    Browser(Path profile, String base) {
        this.base = base;
        browser = HeadlessChromium.start(profile, "--hide-scrollbars");
        driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        driver.manage().window().setSize(DESKTOP);
        // Every page records what the node's Content-Security-Policy blocked, for cspViolations().
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e =>"
                        + " window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));"));
    }

    /** What the page's Content-Security-Policy blocked so far (directive and what was blocked). */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object seen = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || ['no recorder on this page']");
        return ((List<Object>) seen).stream().map(String::valueOf).toList();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a route of the app ({@code #/explore}, ...). */
    void open(String route) {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().startsWith(base)) {
            driver.get(base + "/" + route);
        } else {
            ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", route);
        }
    }

    /** The first displayed element that matches, scrolled to the middle of the window (clear of the phone's bottom nav). */
    WebElement find(String css) {
        WebElement element = new WebDriverWait(driver, WAIT).withMessage(() -> "no " + css + " on " + driver.getCurrentUrl() + ": " + bodyText())
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    WebElement test(String name) {
        return find("[data-test='" + name + "']");
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the element's text contains {@code text}; returns the text. */
    String awaitText(String css, String text) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> "no '" + text + "' in " + css + ": " + bodyText())
                .ignoring(StaleElementReferenceException.class) // the page re-rendered meanwhile: look again
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector(css));
                    return found.stream().map(WebElement::getText).filter(t -> t.contains(text)).findFirst().orElse(null);
                });
    }

    void awaitRoute(String prefix) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "not at " + prefix + " but " + driver.getCurrentUrl() + ": " + bodyText())
                .until(d -> d.getCurrentUrl().contains("#" + prefix));
    }

    /** Waits until the current page has drawn everything it loads (main[data-done] or a feed's data-done). */
    void awaitPage() {
        new WebDriverWait(driver, WAIT).withMessage(() -> "page did not finish: " + bodyText()).until(d ->
                "true".equals(d.findElement(By.id("main")).getDomAttribute("data-done"))
                        || !d.findElements(By.cssSelector(".feed[data-done='true'], .creators[data-done='true']")).isEmpty());
    }

    String bodyText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    /** Saves a screenshot of the top of the page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement?.blur()");
        try {
            Path dir = DemoRelease.PROJECT.resolve("target/screenshots");
            Files.createDirectories(dir);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        browser.close();
    }
}
