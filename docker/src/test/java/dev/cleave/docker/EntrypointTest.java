package dev.cleave.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entry point, run here with a stand-in {@code java} that prints its arguments: it
 * must start the node with exactly the JVM flags of runtime/jvm.properties, the file ./cleave and
 * the tests read too.
 */
class EntrypointTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private List<String> run(String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("cleave"));
        Files.copy(ROOT.resolve("runtime/jvm.properties"), home.resolve("jvm.properties"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("docker/entrypoint.sh").toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("CLEAVE_HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    @Test
    void startsTheNodeWithTheFlagsOfJvmProperties() throws Exception {
        Properties flags = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve("runtime/jvm.properties"))) {
            flags.load(in);
        }
        List<String> expected = new ArrayList<>(List.of(flags.getProperty("cleave.jvm.jit").split(" ")));
        expected.add("--upgrade-module-path=" + dir.resolve("cleave/jit"));
        expected.addAll(List.of(flags.getProperty("cleave.jvm.flags").split(" ")));
        expected.add("-XX:MaxRAMPercentage=75");
        expected.addAll(List.of("-cp", dir.resolve("cleave/lib") + "/*", "dev.cleave.node.cli.Main", "start",
                "--service=services/standalone.json"));
        assertThat(run("start", "--service=services/standalone.json")).containsExactlyElementsOf(expected);
    }

    @Test
    void describesAnImageThatRunsAsANonRootUserWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("cp runtime/jvm.properties docker/entrypoint.sh /opt/cleave/")
                .contains("USER 10001")
                .containsPattern("HEALTHCHECK .*\\n.*/health/status")
                .contains("ENTRYPOINT [\"/opt/cleave/entrypoint.sh\"]")
                .doesNotContain("-jre");
    }
}
