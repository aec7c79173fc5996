package dev.cleave.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void normalisesShortForms() {
        assertThat(Version.parse("1")).isEqualTo(new Version(1, 0, 0));
        assertThat(Version.parse("1.2")).hasToString("1.2.0");
        assertThat(Version.parse(" 3.4.5 ")).hasToString("3.4.5");
    }

    @Test
    void refusesMalformedVersionsWithTheExpectedForm() {
        for (String bad : List.of("", "v1", "1.2.3.4", "1..2", "-1", "1.x", "99999999999")) {
            assertThatThrownBy(() -> Version.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid version '" + bad + "': expected major[.minor[.patch]], e.g. 1.2.0");
        }
    }

    @Test
    void selectsTheExactOrTheHighestLowerVersion() {
        List<Version> offered = List.of(Version.parse("0.0.0"), Version.parse("1.0.0"), Version.parse("1.5.0"),
                Version.parse("2.0.0"));
        assertThat(Version.select(offered, Version.parse("1.5"))).contains(Version.parse("1.5.0"));
        assertThat(Version.select(offered, Version.parse("1.9.9"))).contains(Version.parse("1.5.0"));
        assertThat(Version.select(offered, Version.parse("10"))).contains(Version.parse("2.0.0"));
        assertThat(Version.select(offered, Version.ZERO)).contains(Version.ZERO);
        assertThat(Version.select(List.of(Version.parse("1.0.0")), Version.ZERO)).isEmpty();
    }

    @Test
    void readsAccessLevels() {
        assertThat(Access.parse(null)).isEqualTo(Access.PRIVATE);
        assertThat(Access.parse("Public")).isEqualTo(Access.PUBLIC);
        assertThatThrownBy(() -> Access.parse("internal")).hasMessage("invalid access 'internal': use public, protected or private");
    }
}
