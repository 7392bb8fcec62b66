package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.testing.Concurrently;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Document numbers per type, branch and year: given on submission, without gaps or duplicates. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class NumberingTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();
    static final int YEAR = LocalDate.now().getYear();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Documents documents;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        documents = fixture.platform().documents();
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void submissionsAtOnceGetEveryNumberOnce() throws Exception {
        int threads = 8;
        int each = 40;
        List<Long> before = numbers("HO");
        assertThat(before).as("the demo's head-office vouchers this year").isNotEmpty();
        assertThat(before).isEqualTo(oneTo(before.size()));
        List<String> given = new CopyOnWriteArrayList<>();

        Concurrently.run(threads, t -> {
            for (int i = 0; i < each; i++) {
                given.add(fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "1.00")
                        .document()
                        .number());
            }
        });

        int total = before.size() + threads * each;
        assertThat(given).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(given.stream().map(NumberingTest::suffix).sorted().toList())
                .isEqualTo(
                        LongStream.rangeClosed(before.size() + 1, total).boxed().toList());
        assertThat(numbers("HO")).isEqualTo(oneTo(total));
    }

    @Test
    void twoServersOnOnePostgresqlGiveEveryNumberOnce() throws Exception {
        assumeTrue(database == TestDatabase.POSTGRESQL, "several servers share a database only on PostgreSQL");
        List<Long> before = numbers("B1");
        List<String> given = new CopyOnWriteArrayList<>();
        try (Platform second = Platform.open(PlatformConfig.of(
                LedgerConfig.of(fixture.url()).withExpiryInterval(Duration.ZERO), new Pbkdf2Hasher()))) {
            List<Platform> servers = List.of(fixture.platform(), second);
            var operator = fixture.actor("operator.b1");
            Concurrently.run(8, t -> {
                for (int i = 0; i < 25; i++) {
                    given.add(servers.get(t % 2)
                            .documents()
                            .create(
                                    operator,
                                    PlatformFixture.journal(
                                            "B1", PlatformFixture.voucher("B1-5030-USD", "B1-2910-USD", "1.00")),
                                    true,
                                    null)
                            .document()
                            .number());
                }
            });
        }
        assertThat(given).hasSize(200).doesNotHaveDuplicates();
        assertThat(numbers("B1")).isEqualTo(oneTo(before.size() + 200));
        assertThat(fixture.platform().audit().verify().intact()).isTrue();
    }

    @Test
    void eachBranchCountsItsOwnVouchers() {
        long lastHo = last("HO");
        long lastB1 = last("B1");

        Document b1 = fixture.post("operator.b1", "B1", "B1-5030-USD", "B1-2910-USD", "2.00")
                .document();
        Document ho = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "2.00")
                .document();

        assertThat(b1.number()).isEqualTo("JV-B1-%d-%06d".formatted(YEAR, lastB1 + 1));
        assertThat(ho.number()).isEqualTo("JV-HO-%d-%06d".formatted(YEAR, lastHo + 1));
    }

    @Test
    void aDraftGetsItsNumberOnlyWhenSubmitted() {
        var operator = fixture.actor("operator.ho");
        long last = last("HO");
        Document draft = documents
                .create(
                        operator,
                        PlatformFixture.journal("HO", PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "3.00")),
                        false,
                        null)
                .document();
        assertThat(draft.number()).isNull();
        assertThat(fixture.strings(
                        "SELECT number FROM documents WHERE id = ?", draft.id().value()))
                .containsExactly((String) null);

        Document meanwhile = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "3.00")
                .document();
        assertThat(suffix(meanwhile.number())).isEqualTo(last + 1);

        Document submitted = documents.submit(operator, draft.id(), draft.version());
        assertThat(suffix(submitted.number())).isEqualTo(last + 2);
        assertThat(documents.find(operator, draft.id()).orElseThrow().number()).isEqualTo(submitted.number());
    }

    @Test
    void aVoucherTheLedgerRefusesUsesNoNumber() {
        long last = last("B2");
        assertThatThrownBy(() -> fixture.post("operator.b2", "B2", "B2-5030-USD", "B2-1010-USD", "9999.00"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("INSUFFICIENT_BALANCE");

        Document accepted = fixture.post("operator.b2", "B2", "B2-5030-USD", "B2-1010-USD", "4.00")
                .document();
        assertThat(accepted.number()).isEqualTo("JV-B2-%d-%06d".formatted(YEAR, last + 1));
        assertThat(numbers("B2")).isEqualTo(oneTo(last + 1));
    }

    /** The numbers of a branch's vouchers this year, as their counters, in order. */
    private List<Long> numbers(String branch) {
        return fixture
                .strings(
                        "SELECT number FROM documents WHERE type = ? AND branch = ? AND number LIKE ?",
                        "JournalVoucher",
                        branch,
                        "JV-" + branch + "-" + YEAR + "-%")
                .stream()
                .map(NumberingTest::suffix)
                .sorted()
                .toList();
    }

    private long last(String branch) {
        List<Long> numbers = numbers(branch);
        return numbers.isEmpty() ? 0 : numbers.getLast();
    }

    private static List<Long> oneTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static long suffix(String number) {
        assertThat(number).matches("JV-[A-Z0-9]+-\\d{4}-\\d{6}");
        return Long.parseLong(number.substring(number.length() - 6));
    }
}
