package dev.cleave.segmenter.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cleave.segmenter.analysis.Parameter;
import dev.cleave.segmenter.analysis.Parameter.Pattern;

class StubParametersTest {
    @Test
    void sendsPlainParametersByName() {
        StubParameters stub = StubParameters.of(List.of(Parameter.named("id", false), Parameter.named("options", true)));
        assertThat(stub.signature()).isEqualTo("id, options");
        assertThat(stub.arguments()).isEqualTo("{ id, options }");
    }

    @Test
    void sendsNothingForNoParameters() {
        assertThat(StubParameters.of(List.of()).arguments()).isEqualTo("{}");
    }

    @Test
    void sendsARestParameterUnderDotDotDotName() {
        StubParameters stub = StubParameters.of(List.of(Parameter.named("tags", false).asRest()));
        assertThat(stub.signature()).isEqualTo("...tags");
        assertThat(stub.arguments()).isEqualTo("{ '...tags': tags }");
    }

    @Test
    void sendsTheKeysOfDestructuredParameters() {
        StubParameters stub = StubParameters.of(List.of(
                new Parameter("{ a, 'b-c', ...r }", false, false, Pattern.OBJECT, List.of("a", "b-c", "...r")),
                new Parameter("[ x, , ...ys ]", false, false, Pattern.ARRAY, List.of("x", "", "...ys"))));
        assertThat(stub.signature()).isEqualTo("{ a, 'b-c': __arg1, ...r } = {}, [x, , ...ys] = []");
        assertThat(stub.arguments()).isEqualTo("{ a, 'b-c': __arg1, ...r, x, '...ys': ys }");
    }

    @Test
    void renamesBindingsThatWouldClash() {
        StubParameters stub = StubParameters.of(List.of(Parameter.named("a", false),
                new Parameter("{ a }", false, false, Pattern.OBJECT, List.of("a")), Parameter.named("__run", false)));
        assertThat(stub.signature()).isEqualTo("a, { a: __arg1 } = {}, __arg2");
        assertThat(stub.arguments()).isEqualTo("{ a, a: __arg1, __run: __arg2 }");
    }
}
