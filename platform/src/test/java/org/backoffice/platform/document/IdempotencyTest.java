package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.testing.Concurrently;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A client's retry with the same idempotency key makes its document once, however many arrive at once. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class IdempotencyTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void aRetryWithTheSameRequestGetsTheFirstDocumentAndPostsNothingMore() {
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "31.00");
        IdempotencyKey key = key("operator.ho", voucher);
        Counts before = counts();

        DocumentResult first = fixture.post("operator.ho", "HO", voucher, key);
        DocumentResult retry = fixture.post("operator.ho", "HO", voucher, key);

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.document().id()).isEqualTo(first.document().id());
        assertThat(retry.document().number()).isEqualTo(first.document().number());
        assertThat(retry.document().status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(counts()).isEqualTo(before.plus(1));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "32.00");
        IdempotencyKey key = key("operator.ho", voucher);
        fixture.post("operator.ho", "HO", voucher, key);
        Counts before = counts();

        JournalVoucher other = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "33.00");
        IdempotencyKey reused = new IdempotencyKey("operator.ho", key.key(), hash(other));
        assertThatThrownBy(() -> fixture.post("operator.ho", "HO", other, reused))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("Idempotency-Key"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void sixteenRetriesAtOnceMakeOneDocumentAndOnePosting() throws Exception {
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "34.00");
        IdempotencyKey key = key("operator.ho", voucher);
        Counts before = counts();
        long postingsBefore = fixture.count("ledger_postings");
        List<DocumentResult> results = new CopyOnWriteArrayList<>();

        Concurrently.run(16, i -> results.add(fixture.post("operator.ho", "HO", voucher, key)));

        assertThat(results).hasSize(16);
        assertThat(results.stream().map(r -> r.document().id()).distinct()).hasSize(1);
        assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(counts()).isEqualTo(before.plus(1));
        assertThat(fixture.count("ledger_postings")).isEqualTo(postingsBefore + 1);
    }

    @Test
    void retriesAtOnceOnTwoServersSharingPostgresqlMakeOneDocument() throws Exception {
        assumeTrue(database == TestDatabase.POSTGRESQL, "several servers share a database only on PostgreSQL");
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "37.00");
        IdempotencyKey key = key("operator.ho", voucher);
        Counts before = counts();
        List<DocumentResult> results = new CopyOnWriteArrayList<>();
        try (Platform second = Platform.open(PlatformConfig.of(
                LedgerConfig.of(fixture.url()).withExpiryInterval(Duration.ZERO), new Pbkdf2Hasher()))) {
            List<Platform> servers = List.of(fixture.platform(), second);
            var operator = fixture.actor("operator.ho");
            Concurrently.run(
                    16,
                    i -> results.add(servers.get(i % 2)
                            .documents()
                            .create(operator, PlatformFixture.journal("HO", voucher), true, key)));
        }
        assertThat(results.stream().map(r -> r.document().id()).distinct()).hasSize(1);
        assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(counts()).isEqualTo(before.plus(1));
    }

    @Test
    void whenTheFirstOfConcurrentRetriesIsRefusedEveryRetryIsRefusedTheSameWay() throws Exception {
        // More than the branch's cash (below the approval threshold, so it posts at once): the ledger refuses it.
        JournalVoucher voucher = PlatformFixture.voucher("B2-5030-USD", "B2-1010-USD", "9999.00");
        IdempotencyKey key = key("operator.b2", voucher);
        Counts before = counts();
        List<Throwable> refusals = new CopyOnWriteArrayList<>();

        Concurrently.run(8, i -> {
            try {
                fixture.post("operator.b2", "B2", voucher, key);
            } catch (RuntimeException e) {
                refusals.add(e);
            }
        });

        assertThat(refusals)
                .hasSize(8)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(InvalidDocumentException.class)
                        .hasMessageContaining("INSUFFICIENT_BALANCE"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void differentPrincipalsMayUseTheSameKey() {
        String shared = "order-" + UUID.randomUUID();
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "35.00");
        Counts before = counts();

        DocumentResult operators =
                fixture.post("operator.ho", "HO", voucher, new IdempotencyKey("operator.ho", shared, hash(voucher)));
        DocumentResult accountants = fixture.post(
                "accountant.ho", "HO", voucher, new IdempotencyKey("accountant.ho", shared, hash(voucher)));

        assertThat(accountants.replayed()).isFalse();
        assertThat(accountants.document().id())
                .isNotEqualTo(operators.document().id());
        assertThat(accountants.document().maker()).isEqualTo("accountant.ho");
        assertThat(counts()).isEqualTo(before.plus(2));
    }

    @Test
    void aRequestHashIsASha256SoThatARetryMatchesItOnEveryDatabase() {
        // A shorter text would come back from PostgreSQL's fixed-width column padded, and no retry would match.
        assertThatThrownBy(() -> new IdempotencyKey("operator.ho", "k-1", "v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("requestHash:");
        JournalVoucher voucher = PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "36.00");
        String key = UUID.randomUUID().toString();
        DocumentResult first = fixture.post(
                "operator.ho",
                "HO",
                voucher,
                new IdempotencyKey("operator.ho", key, hash(voucher).toUpperCase()));
        DocumentResult retry =
                fixture.post("operator.ho", "HO", voucher, new IdempotencyKey("operator.ho", key, hash(voucher)));
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.document().id()).isEqualTo(first.document().id());
    }

    /** Documents, ledger transactions and stored keys. */
    record Counts(long documents, long transactions, long keys) {
        Counts plus(long n) {
            return new Counts(documents + n, transactions + n, keys + n);
        }
    }

    private Counts counts() {
        return new Counts(
                fixture.count("documents"), fixture.count("ledger_transactions"), fixture.count("idempotency_keys"));
    }

    private static IdempotencyKey key(String principal, JournalVoucher voucher) {
        return new IdempotencyKey(principal, UUID.randomUUID().toString(), hash(voucher));
    }

    /** What the web layer sends: a SHA-256 of the request's content. */
    static String hash(JournalVoucher voucher) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(voucher.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
