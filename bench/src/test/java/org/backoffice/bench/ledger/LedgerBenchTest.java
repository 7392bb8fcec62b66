package org.backoffice.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerBenchTest {
    private static final Pattern LAST_LINE = Pattern.compile(
            "ledger-bench db=(sqlite|postgres) scenario=(uniform|hot)"
                    + " tps=(\\d+) baseline_tps=(\\d+) ratio=(\\d+\\.\\d) p50_ms=(\\d+\\.\\d) p99_ms=(\\d+\\.\\d) heap_mb=(\\d+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aShortRunOfBothDesignsEndsWithTheMachineReadableLine(TestDatabase kind) throws Exception {
        for (Scenario scenario : Scenario.values()) {
            String url = kind == TestDatabase.SQLITE ? dir.toString() : TestDatabase.postgresUrl();
            BenchOptions options = new BenchOptions(
                    kind == TestDatabase.SQLITE ? "sqlite" : "postgres", url, scenario, 1, 0, 1, 50, 4, 4, 1, 256);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            String line = new LedgerBench(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

            Matcher matcher = LAST_LINE.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            assertThat(Long.parseLong(matcher.group(3))).as("engine transfers").isPositive();
            assertThat(Long.parseLong(matcher.group(4)))
                    .as("baseline transfers")
                    .isPositive();
            String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertThat(lines[lines.length - 1]).isEqualTo(line);
        }
        if (kind == TestDatabase.SQLITE) {
            try (var files = Files.list(dir)) {
                assertThat(files)
                        .as("benchmark databases are removed after the run")
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"UNIFORM", "HOT"})
    void scenariosPickTwoDistinctAccounts(Scenario scenario) {
        var random = new java.util.SplittableRandom(1);
        int[] pair = new int[2];
        int hot = 0;
        for (long sequence = 0; sequence < 10_000; sequence++) {
            scenario.pick(random, 10, sequence, pair);
            assertThat(pair[0]).isNotEqualTo(pair[1]).isBetween(0, 9);
            assertThat(pair[1]).isBetween(0, 9);
            if (sequence % 5 == 0 && (pair[0] == Scenario.HOT_ACCOUNT || pair[1] == Scenario.HOT_ACCOUNT)) {
                hot++;
            }
        }
        if (scenario == Scenario.HOT) {
            assertThat(hot).as("every fifth transfer involves the hot account").isEqualTo(2_000);
        }
    }

    @Test
    void badOptionsNameTheField() {
        assertThatThrownBy(() -> new BenchOptions("oracle", "x", Scenario.HOT, 1, 0, 0, 10, 1, 1, 1, 1))
                .hasMessageStartingWith("db:");
        assertThatThrownBy(() -> new BenchOptions("sqlite", "x", Scenario.HOT, 0, 0, 0, 10, 1, 1, 1, 1))
                .hasMessageStartingWith("seconds:");
        assertThatThrownBy(() -> Scenario.parse("zipf")).hasMessageStartingWith("scenario:");
    }
}
