package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PerformanceTest extends WebApiTestSupport {

    @Test
    void advancesInMillisecondsAcrossATimeout() {
        double elapsed = ((Number) call("performance", "acrossTimeout")).doubleValue();
        assertThat(elapsed).isBetween(15.0, 5_000.0);
    }

    @Test
    void neverGoesBackwards() {
        assertThat(call("performance", "monotonic")).isEqualTo(Map.of("decreases", 0, "type", "number"));
    }

    @Test
    void hasATimeOriginInEpochMillisecondsThatToJsonReturns() {
        Map<?, ?> origin = (Map<?, ?>) call("performance", "origin");
        assertThat(((Number) origin.get("drift")).doubleValue()).isLessThan(5.0);
        assertThat(origin.get("json")).isEqualTo(true);
        assertThat(origin.get("toJSON")).isEqualTo(true);
        assertThat(origin.get("stable")).isEqualTo(true);
    }

    @Test
    void isANonEnumerableGlobalOfAClassThatCannotBeConstructed() {
        assertThat(call("performance", "globalShape")).isEqualTo(Map.of(
                "enumerable", false, "tag", "[object Performance]", "instance", true, "constructed", "TypeError"));
    }
}
