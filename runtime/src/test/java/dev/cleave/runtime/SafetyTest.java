package dev.cleave.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Application code gets what the runtime grants and nothing of the host. */
class SafetyTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("basics")).withLoops(1));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Object call(String export, Object... args) {
        return runtime.invoke(Invocation.of("safety", export, args)).join();
    }

    @Test
    void offersNoJavaAndNoShellGlobals() {
        assertThat(call("hostGlobals")).isEqualTo(List.of());
    }

    @Test
    void refusesModulesOutsideTheRelease() {
        assertThat((String) call("importOutside", "/etc/passwd"))
                .contains("points outside the release folder");
        assertThat((String) call("importOutside", "../../../../../pom.xml"))
                .contains("points outside the release folder");
        assertThat((String) call("importOutside", "file:///etc/hostname"))
                .contains("points outside the release folder");
    }

    @Test
    void namesAMissingPackageAndHowToInstallIt() {
        assertThat((String) call("importOutside", "left-pad"))
                .contains("Cannot find package 'left-pad' imported from safety.js")
                .contains("npm install left-pad");
    }
}
