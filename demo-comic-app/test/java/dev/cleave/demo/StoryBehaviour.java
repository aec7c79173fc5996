package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story of COMIC_APP.md in a real headless Chromium: two people sign up, one posts a comic,
 * the other follows, sees it under "Following", likes it and reacts; the first sees both
 * notifications, and pages past a new post with "Load more". Along the way the mistakes a person can make show their messages, and the main
 * pages are saved as screenshots (desktop and phone) under target/screenshots/.
 */
abstract class StoryBehaviour {
    static final long BODY_LIMIT = 8L << 20;
    private static final String PASSWORD = "panels-2026";

    @TempDir
    Path dir;

    /** Starts the app; returns the port of the node that serves the page. */
    abstract int start(Path release, Path dir);

    abstract void stop();

    /** The prefix of this deployment's screenshots. */
    abstract String name();

    @AfterEach
    void stopApp() {
        stop();
    }

    @Test
    void twoPeopleMeetOverAComic() throws IOException {
        int port = start(DemoRelease.get(), dir);
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String ann = "ann_" + run, ben = "ben_" + run;
        try (Browser browser = new Browser(Files.createDirectories(dir.resolve("chromium")), "http://127.0.0.1:" + port)) {
            // Ann signs up and sees the seeded comics
            signUp(browser, ann, "Ann Artist");
            browser.awaitText("[data-test='feed-for-you']", "Mara Okafor");
            browser.awaitPage();
            browser.screenshot(name() + "-desktop-home");

            // Ann makes a comic; an empty one and a photo over 1 MB are refused with their messages
            browser.open("#/create");
            browser.test("publish").click();
            assertThat(browser.awaitText("[data-test='editor-error']", "empty")).isEqualTo(
                    "Your comic is empty: add a speech bubble or a caption to at least one panel.");
            Path photo = dir.resolve("big-photo.jpg");
            Files.write(photo, new byte[1_300_000]);
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-test='photo-input']")).sendKeys(photo.toString());
            browser.awaitText("[data-test='editor-error']", "the largest is 1 MB");
            assertThat(browser.cspViolations()).as("the editor's swatches and the avatars under the policy").isEmpty();
            browser.test("scene-city").click();
            browser.test("add-bubble").click();
            browser.type("[data-test='element-text']", "I drew this on the bus!");
            browser.test("add-panel").click();
            browser.test("scene-park").click();
            browser.test("add-bubble").click();
            browser.type("[data-test='element-text']", "And this in the park.");
            browser.test("add-caption").click();
            browser.type("[data-test='element-text']", "Later that day");
            browser.screenshot(name() + "-desktop-editor");
            browser.test("publish").click();
            browser.awaitRoute("/post/");
            String postId = browser.driver().getCurrentUrl().replaceAll(".*#/post/", "");
            browser.awaitText("[data-test='post']", "Ann Artist");
            assertThat(browser.all("[data-test='post'] svg.panel")).hasSize(2);
            logOut(browser, ann);

            // Ben cannot take Ann's nickname, signs up, follows Ann and finds her comic under Following
            browser.open("#/signup");
            browser.type("#signup-nickname", ann);
            browser.type("#signup-name", "Ben Reader");
            browser.type("#signup-password", PASSWORD);
            browser.find("[data-test='signup-form'] button[type='submit']").click();
            assertThat(browser.awaitText("[data-test='form-error']", "taken")).isEqualTo("The nickname \"" + ann + "\" is taken. Try another one.");
            signUp(browser, ben, "Ben Reader");
            browser.open("#/@" + ann);
            browser.test("follow-toggle").click();
            browser.awaitText("[data-test='follow-toggle']", "Unfollow");
            browser.awaitText("[data-test='followers']", "1");
            browser.open("#/following");
            String card = "[data-test='feed-following'] [data-post-id='" + postId + "']";
            browser.find(card);
            browser.screenshot(name() + "-desktop-following");

            // Ben likes it and reacts
            browser.find(card + " [data-test='like']").click();
            browser.awaitText(card + " [data-test='like-count']", "1");
            browser.find(card + " [data-test='react']").click();
            browser.awaitRoute("/post/" + postId);
            browser.type("[data-test='reaction-text']", "Great one, Ann!");
            browser.test("send-reaction").click();
            browser.awaitText("[data-test='reactions']", "Great one, Ann!");
            browser.screenshot(name() + "-desktop-post");

            // the same pages on a phone
            browser.size(Browser.PHONE);
            browser.open("#/following");
            browser.find(card);
            browser.screenshot(name() + "-phone-following");
            browser.open("#/post/" + postId);
            browser.awaitText("[data-test='reactions']", "Great one, Ann!");
            browser.screenshot(name() + "-phone-post");
            browser.open("#/explore/creators");
            browser.awaitText("[data-test='creator-results']", "Mara Okafor");
            browser.screenshot(name() + "-phone-explore");
            browser.open("#/create");
            browser.test("scene-space").click();
            browser.test("add-bubble").click();
            browser.type("[data-test='element-text']", "Hello from my phone");
            browser.screenshot(name() + "-phone-editor");
            logOut(browser, ben);
            browser.size(Browser.DESKTOP);

            // a wrong password is told as such; then Ann sees who followed, liked and reacted
            browser.open("#/login");
            browser.type("#login-nickname", ann);
            browser.type("#login-password", "not-my-password");
            browser.find("[data-test='login-form'] button[type='submit']").click();
            assertThat(browser.awaitText("[data-test='form-error']", "match")).isEqualTo("That nickname and password do not match.");
            logIn(browser, ann);
            browser.awaitText("[data-test='unread']", "3");
            browser.open("#/notifications");
            browser.test("notification-followed");
            browser.test("notification-liked");
            browser.awaitText("[data-test='notification-reacted']", "Ben Reader reacted to your post");
            browser.screenshot(name() + "-desktop-notifications");
            browser.size(Browser.PHONE);
            browser.open("#/@" + ann);
            browser.awaitText("[data-test='profile']", "Ann Artist");
            browser.screenshot(name() + "-phone-profile");
            browser.size(Browser.DESKTOP);
            logOut(browser, ann);
            // Ann on another device (log-out ended every session of hers)
            String annToken = new Api(port).ok(null, "authentication/login", Map.of("nickname", ann, "password", PASSWORD)).get("token").asText();

            // Ben opens the post, Ann removes it meanwhile; Ben's like is refused with a clear message
            logIn(browser, ben);
            browser.open("#/post/" + postId);
            browser.find("[data-test='like']");
            new Api(port).ok(annToken, "post/removeOwn", Map.of("postId", postId));
            browser.test("like").click();
            browser.awaitText("#toast", "This post was removed or does not exist.");
            assertThat(browser.bodyText()).doesNotContain("Exception").doesNotContain("    at ");

            // Ann posts eleven notes; Ben reads the first ten under Following, Ann posts once more
            // meanwhile, and "Load more" brings the eleventh, not the new one nor a repeat
            for (int i = 0; i < 11; i++) {
                new Api(port).ok(annToken, "post/publishComment", Map.of("text", "Note " + i));
            }
            browser.open("#/following");
            String feed = "[data-test='feed-following']";
            browser.awaitText(feed, "Note 10");
            assertThat(browser.all(feed + " [data-test='post']")).hasSize(10);
            new Api(port).ok(annToken, "post/publishComment", Map.of("text", "Meanwhile"));
            browser.test("load-more").click();
            browser.awaitText(feed, "Note 0");
            assertThat(browser.all(feed + " [data-test='post']")).hasSize(11);
            assertThat(browser.find(feed).getText()).doesNotContain("Meanwhile");
            // The node's Content-Security-Policy blocked nothing the app does (avatars, swatches, photos)
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static void signUp(Browser browser, String nickname, String name) {
        browser.open("#/signup");
        browser.type("#signup-nickname", nickname);
        browser.type("#signup-name", name);
        browser.type("#signup-password", PASSWORD);
        browser.find("[data-test='signup-form'] button[type='submit']").click();
        browser.awaitRoute("/");
        browser.test("nav-home");
    }

    private static void logIn(Browser browser, String nickname) {
        browser.open("#/login");
        browser.type("#login-nickname", nickname);
        browser.type("#login-password", PASSWORD);
        browser.find("[data-test='login-form'] button[type='submit']").click();
        browser.test("nav-home");
    }

    private static void logOut(Browser browser, String nickname) {
        browser.open("#/@" + nickname);
        browser.test("logout").click();
        browser.awaitRoute("/login");
    }
}
