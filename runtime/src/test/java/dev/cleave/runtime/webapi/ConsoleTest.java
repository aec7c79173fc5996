package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.cleave.runtime.Invocation;

/** Expected texts are what Node.js 20 prints for the same calls. */
class ConsoleTest extends WebApiTestSupport {
    private static final String HUNDRED_AND_ONE = """
            [
               0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
              12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
              24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
              36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
              48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
              60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
              72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
              84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
              96, 97, 98, 99,
              ... 1 more item
            ]""";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        appLogger().addAppender(appender);
    }

    @AfterEach
    void release() {
        appLogger().detachAppender(appender);
        appender.stop();
    }

    @Test
    void logsEachMethodAtItsLevel() {
        call("console", "levels");
        assertThat(appender.list).extracting(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage())
                .containsExactly("INFO cleave.app log", "INFO cleave.app info", "DEBUG cleave.app debug",
                        "WARN cleave.app warn", "ERROR cleave.app error", "INFO cleave.app dirxml");
    }

    @Test
    void writesToTheLoggerOfTheCallsSegment() {
        runtime.invoke(Invocation.of("console", "say", "from reads").inSegment("reads")).join();
        call("console", "say", "from nowhere");
        assertThat(appender.list).extracting(e -> e.getLoggerName() + " " + e.getFormattedMessage())
                .containsExactly("cleave.app.reads from reads", "cleave.app from nowhere");
    }

    @Test
    void formatsPlaceholdersAsNodeDoes() {
        assertThat(printed("formats")).containsExactly(
                "Ada is 36.5 years",
                "42|35|-0",
                "{\"a\":[1,\"x\"]}",
                " styled",
                "100% sure extra 7",
                "one and %s",
                "a 1 b { c: true }",
                "custom",
                "7n|-0|Symbol(q)",
                "{ a: [Object] }",
                "5n",
                "%x y",
                "%s z",
                "{ a: { b: { c: [Object] } } }",
                "{\n  a: { b: { c: { d: 1 } } }\n}",
                "{ a: 1 } str 2",
                "%s",
                "[Circular]",
                "Point { x: 1, y: [Object] }",
                "() => 1");
    }

    @Test
    void inspectsValuesAsNodeDoes() {
        assertThat(printed("values")).containsExactly(
                "{ a: 1, b: [ 1, 2 ] }",
                "{ s: \"it's\", t: 'x', u: `both ' and \"` }",
                "{ a: { b: { c: [Object] } } }",
                "[ [ [ [Array] ] ] ]",
                HUNDRED_AND_ONE,
                "Map(1) { 'k' => 1 }",
                "Set(2) { 1, 2 }",
                "Map(1) { { a: 1 } => Set(1) { 'x' } }",
                "1970-01-01T00:00:00.000Z",
                "/ab+c/gi",
                "[Function: named]",
                "[class Foo]",
                "[class Bar extends Foo]",
                "[Function (anonymous)]",
                "[AsyncFunction: af]",
                "Symbol(s)",
                "10n",
                "-0",
                "[ -0, 0 ]",
                "{ g: [Getter], s: [Setter], gs: [Getter/Setter] }",
                "Point { x: 1 }",
                "[Object: null prototype] { a: 1 }",
                "[Object: null prototype] {}",
                "[ 1, <1 empty item>, 3, k: 'v' ]",
                "{ 'a-b': 1, [Symbol(k)]: 2 }",
                "[ 'a\\nb', '\\x01' ]",
                "Uint8Array(3) [ 1, 2, 3 ]",
                "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }",
                "[ undefined, null ]",
                "top-level strings print raw",
                "[Number: 3]",
                "WeakMap { <items unknown> }");
    }

    @Test
    void marksCyclesButNotSharedReferences() {
        assertThat(printed("references")).containsExactly(
                "<ref *1> { name: 'o', self: [Circular *1] }",
                "<ref *2> { a: <ref *1> { list: [ [Circular *1], [Circular *2] ] } }",
                "{ first: { n: 1 }, second: { n: 1 } }");
    }

    @Test
    void printsErrorsWithTheirStack() {
        String stack = (String) call("console", "errors");
        assertThat(stack).startsWith("Error: boom\n    at thrower (");
        assertThat(printed()).containsExactly(
                stack,
                "[RangeError: bare]",
                "Error: outer\n    at here (app.js:1:1) {\n  [cause]: [RangeError: bare]\n}",
                "{\n  error: Error: outer\n      at here (app.js:1:1) {\n    [cause]: [RangeError: bare]\n  }\n}");
        assertThat(appender.list.getFirst().getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void skipsFormattingWhenTheLevelIsOff() {
        Logger quiet = (Logger) LoggerFactory.getLogger("cleave.app.quiet");
        quiet.setLevel(Level.WARN);
        try {
            Object work = runtime.invoke(Invocation.of("console", "quietWork").inSegment("quiet")).join();
            assertThat(work).isEqualTo(Map.of("skipped", 0, "afterWarn", 1));
            assertThat(appender.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage())
                    .containsExactly("WARN No such label 'none' for console.timeLog()", "WARN costly");
        } finally {
            quiet.setLevel(null);
        }
    }

    @Test
    void tracesWithTheCallersStackAtDebug() {
        call("console", "traced");
        ILoggingEvent trace = appender.list.getFirst();
        assertThat(trace.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(trace.getFormattedMessage()).startsWith("Trace: at depth\n    at inner (")
                .contains("\n    at traced (").doesNotContain("cleave:");
    }

    @Test
    void assertsOnlyWhenTheConditionIsFalsy() {
        call("console", "asserts");
        assertThat(appender.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                "ERROR Assertion failed", "ERROR Assertion failed: x is 5", "ERROR Assertion failed: { a: 1 }");
    }

    @Test
    void countsPerLabelUntilReset() {
        call("console", "counts");
        assertThat(appender.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                "INFO default: 1", "INFO default: 2", "INFO x: 1", "INFO default: 1", "WARN Count for 'nope' does not exist");
    }

    @Test
    void timesInMillisecondsWithThreeDecimals() {
        List<String> lines = printed("timers");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("t: \\d+\\.\\d{3}ms extra \\{ a: 1 \\}");
        assertThat(lines.get(1)).matches("t: \\d+\\.\\d{3}ms");
        assertThat(Double.parseDouble(lines.get(1).replaceAll("t: |ms", ""))).isGreaterThanOrEqualTo(15);
        assertThat(lines.get(2)).isEqualTo("No such label 't' for console.timeEnd()");
        assertThat(lines.get(3)).isEqualTo("Label 'dup' already exists for console.time()");
        assertThat(lines.get(4)).matches("dup: \\d+\\.\\d{3}ms");
    }

    @Test
    void indentsGroupsByTwoSpaces() {
        assertThat(printed("groups")).containsExactly(
                "top", "Group A", "  in a", "    deeper\n    second line", "  Collapsed", "    in c", "back");
    }

    @Test
    void printsDirWithItsDepthAndTables() {
        assertThat(printed("dirAndTable")).containsExactly(
                "'str'",
                "{ a: [Object] }",
                "{\n  a: { b: { c: { d: 1 } } }\n}",
                """
                ┌─────────┬─────┬─────┬──────────────────────────────┐
                │ (index) │ a   │ b   │ c                            │
                ├─────────┼─────┼─────┼──────────────────────────────┤
                │ 0       │ 1   │ 'Y' │                              │
                │ 1       │ 'Z' │     │ [ 1, 2, 3, ... 1 more item ] │
                └─────────┴─────┴─────┴──────────────────────────────┘""",
                """
                ┌───────────────────┬─────┬──────────┐
                │ (iteration index) │ Key │ Values   │
                ├───────────────────┼─────┼──────────┤
                │ 0                 │ 'k' │ { v: 1 } │
                └───────────────────┴─────┴──────────┘""",
                "5");
    }

    @Test
    void isANonEnumerableGlobalWhoseMethodsWorkUnbound() {
        assertThat(call("console", "globalShape")).isEqualTo(Map.of(
                "enumerable", false, "writable", true, "tag", "[object console]", "detached", true));
        assertThat(printed()).containsExactly("unbound");
    }

    private List<String> printed(String export) {
        call("console", export);
        return printed();
    }

    private List<String> printed() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger appLogger() {
        return (Logger) LoggerFactory.getLogger("cleave.app");
    }
}
