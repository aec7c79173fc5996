package dev.cleave.node;

import static dev.cleave.node.TestNodes.get;
import static dev.cleave.node.TestNodes.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.cleave.node.cli.StartOptions;

/** The example of the README (docs/examples/shop), built and served with its own service file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleShopIT {
    Path dir;
    NodeAgent node;
    int port;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        this.dir = dir;
        Path project = Path.of("../docs/examples/shop").toAbsolutePath().normalize();
        Path release = TestProjects.build(project, dir);
        port = TestNodes.freePort();
        String service = Files.readString(project.resolve("services/standalone.json")).replace("3000", String.valueOf(port));
        Path serviceFile = Files.writeString(dir.resolve("standalone.json"), service);
        node = NodeAgent.start(new StartOptions(serviceFile, null, "info", StartOptions.DEFAULT_BODY_LIMIT,
                release, 1, Duration.ofSeconds(10)), release);
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.stop("test over");
        }
    }

    @Test
    void answersTheCallsTheReadmeShows() {
        assertThat(post(port, "orders/placeOrder", "{\"productId\": \"pear\", \"quantity\": 2}").body())
                .isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        assertThat(get(port, "/rpc/catalog/listProducts").body()).isEqualTo("[\"Apple\",\"Pear\"]");
        assertThat(get(port, "/health").body()).isEqualTo("{\"catalog\":true}");
        assertThat(post(port, "catalog/getProduct", "{\"id\": \"pear\"}").statusCode()).isEqualTo(401);
        assertThat(post(port, "orders/placeOrder", "{\"productId\": \"pear\", \"quantity\": 0}").body())
                .isEqualTo("quantity must be a whole number above 0");
    }

    @Test
    void placesAnOrderFromItsPageInABrowser() throws IOException {
        try (Chromium chromium = new Chromium(Files.createDirectories(dir.resolve("chromium")))) {
            WebDriver page = chromium.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            page.get("http://127.0.0.1:" + port + "/");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#product option"), 2));
            page.findElement(By.cssSelector("#product option[value=pear]")).click();
            page.findElement(By.id("quantity")).clear();
            page.findElement(By.id("quantity")).sendKeys("2");
            page.findElement(By.cssSelector("#order button")).click();
            wait.until(ExpectedConditions.textToBe(By.id("result"), "2 × Pear: 8 €"));

            page.findElement(By.id("quantity")).clear();
            page.findElement(By.id("quantity")).sendKeys("0");
            page.findElement(By.cssSelector("#order button")).click();
            wait.until(ExpectedConditions.textToBe(By.id("result"), "quantity must be a whole number above 0"));
            assertThat(page.findElement(By.id("result")).getDomAttribute("class")).isEqualTo("error");
        }
    }
}
