package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import of many vouchers: each checked and stored as one {@code create} would, many per ledger
 * batch, each answered on its own.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class CreateAllTest {
    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Documents documents;
    Actor operator;

    @BeforeEach
    void open() {
        fixture = PlatformFixture.withDemo(database);
        documents = fixture.platform().documents();
        operator = fixture.actor("operator.ho");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static NewDocument voucher(String amount) {
        return PlatformFixture.journal("HO", PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", amount));
    }

    private IdempotencyKey key(String name) {
        return new IdempotencyKey("operator.ho", name, Sha256.hex(name));
    }

    @Test
    void twoThousandVouchersShareAFewLedgerBatchesAndEachGetsItsNumber() {
        List<NewDocument> requests = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            requests.add(voucher("1.00"));
        }
        long documentsBefore = fixture.count("documents");
        long batchesBefore = fixture.platform().ledger().writerStats().batches();

        List<Documents.Created> created = documents.createAll(operator, requests, true, null);

        assertThat(created).allMatch(Documents.Created::ok);
        assertThat(created).extracting(c -> c.result().document().status()).containsOnly(DocumentStatus.POSTED);
        assertThat(created).extracting(c -> c.result().document().number()).doesNotHaveDuplicates();
        assertThat(fixture.count("documents") - documentsBefore).isEqualTo(2_000);
        assertThat(fixture.platform().ledger().writerStats().batches() - batchesBefore)
                .as("ledger batches for 2,000 vouchers")
                .isLessThan(1_000);
        assertThat(fixture.platform().consistency().run().clean()).isTrue();
    }

    @Test
    void aBadVoucherIsRefusedWithItsFieldAndTheOthersAreStored() {
        List<Documents.Created> created =
                documents.createAll(operator, List.of(voucher("2.00"), voucher("0.00"), voucher("3.00")), true, null);

        assertThat(created.get(0).ok()).isTrue();
        assertThat(created.get(1).refusal().errors())
                .extracting(FieldError::field)
                .anyMatch(f -> f.startsWith("lines"));
        assertThat(created.get(2).ok()).isTrue();
    }

    @Test
    void aKeySeenBeforeOrTwiceInTheImportAnswersWithTheFirstDocument() {
        Documents.Created first = documents
                .createAll(operator, List.of(voucher("4.00")), true, List.of(key("a")))
                .get(0);
        long before = fixture.count("documents");

        List<Documents.Created> again = documents.createAll(
                operator,
                List.of(voucher("4.00"), voucher("5.00"), voucher("5.00")),
                true,
                List.of(key("a"), key("b"), key("b")));

        assertThat(again.get(0).result().replayed()).isTrue();
        assertThat(again.get(0).result().document().id())
                .isEqualTo(first.result().document().id());
        assertThat(again.get(1).result().document().id())
                .isEqualTo(again.get(2).result().document().id());
        assertThat(fixture.count("documents") - before).isEqualTo(1);
    }

    @Test
    void anImportIntoABranchNotGrantedCreatesNothing() {
        List<NewDocument> requests = List.of(
                voucher("1.00"),
                PlatformFixture.journal("HO", PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "1.00")));
        Actor branchOperator = fixture.actor("operator.b1");
        long before = fixture.count("documents");

        assertThatThrownBy(() -> documents.createAll(branchOperator, requests, true, null))
                .isInstanceOf(SecurityException.class);
        assertThat(fixture.count("documents")).isEqualTo(before);
    }
}
