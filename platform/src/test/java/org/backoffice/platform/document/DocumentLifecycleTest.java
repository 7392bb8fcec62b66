package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class DocumentLifecycleTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

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
    void belowTheThresholdItPostsOnSubmissionAndGetsItsNumber() {
        long feesBefore = fixture.balance("HO-4020-USD");
        Document posted = fixture.post("operator.ho", "HO", "HO-1010-USD", "HO-4020-USD", "125.50")
                .document();

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.number()).matches("JV-HO-" + Year.now().getValue() + "-\\d{6}");
        assertThat(posted.approver()).isNull();
        assertThat(fixture.balance("HO-4020-USD")).isEqualTo(feesBefore - 12_550);
        TransactionRecord transaction = fixture.platform()
                .ledger()
                .transaction(posted.id().transactionId())
                .orElseThrow();
        assertThat(transaction.postings()).hasSize(1);
        assertThat(documents
                        .find(fixture.actor("operator.ho"), posted.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void atTheThresholdItWaitsForASecondUserAndTheMakerCannotApprove() {
        long cashBefore = fixture.balance("HO-1010-USD");
        Document submitted = fixture.post("operator.ho", "HO", "HO-1010-USD", "HO-2910-USD", "10000.00")
                .document();
        assertThat(submitted.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(submitted.number()).isNotNull();
        assertThat(fixture.balance("HO-1010-USD")).isEqualTo(cashBefore);

        assertThatThrownBy(() -> documents.approve(fixture.actor("operator.ho"), submitted.id(), "mine"))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> documents.approve(fixture.actor("treasurer.ho"), submitted.id(), "not my role"))
                .isInstanceOf(SecurityException.class);

        Document approved = documents.approve(fixture.actor("controller.ho"), submitted.id(), "checked");
        assertThat(approved.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(approved.approver()).isEqualTo("controller.ho");
        assertThat(approved.number()).isEqualTo(submitted.number());
        assertThat(fixture.balance("HO-1010-USD")).isEqualTo(cashBefore + 1_000_000);

        assertThatThrownBy(() -> documents.approve(fixture.actor("accountant.ho"), submitted.id(), "again"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDraftIsEditedAtItsVersionThenSubmitted() {
        var operator = fixture.actor("operator.ho");
        Document draft = documents
                .create(
                        operator,
                        PlatformFixture.journal("HO", PlatformFixture.voucher("HO-5030-USD", "HO-1010-USD", "10.00")),
                        false,
                        null)
                .document();
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.number()).isNull();

        Document edited = documents.update(
                operator,
                draft.id(),
                1,
                LocalDate.now(),
                PlatformFixture.voucher("HO-5030-USD", "HO-1010-USD", "12.00"));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.amount()).isEqualTo(1200);

        assertThatThrownBy(() -> documents.update(
                        operator,
                        draft.id(),
                        1,
                        LocalDate.now(),
                        PlatformFixture.voucher("HO-5030-USD", "HO-1010-USD", "13.00")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> documents.submit(fixture.actor("accountant.ho"), draft.id(), 2))
                .isInstanceOf(SecurityException.class);

        Document posted = documents.submit(operator, draft.id(), 2);
        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.number()).isNotNull();
        assertThat(posted.version()).isEqualTo(3);
    }

    @Test
    void aRejectionNeedsACommentAndReturnsTheDocumentToItsMaker() {
        Document submitted = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "20000.00")
                .document();
        var controller = fixture.actor("controller.ho");
        assertThatThrownBy(() -> documents.reject(controller, submitted.id(), " "))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("comment"));
        Document rejected = documents.reject(controller, submitted.id(), "wrong cost centre");
        assertThat(rejected.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(rejected.comment()).isEqualTo("wrong cost centre");

        Document edited = documents.update(
                fixture.actor("operator.ho"),
                submitted.id(),
                rejected.version(),
                LocalDate.now(),
                PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "200.00"));
        assertThat(edited.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(edited.number()).isEqualTo(submitted.number());
    }

    @Test
    void aReversalMovesTheAmountsBack() {
        long before = fixture.balance("HO-5030-USD");
        Document posted = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "44.00")
                .document();
        assertThat(fixture.balance("HO-5030-USD")).isEqualTo(before + 4400);
        assertThatThrownBy(() -> documents.reverse(fixture.actor("operator.ho"), posted.id(), "typo"))
                .isInstanceOf(SecurityException.class);

        Document reversed = documents.reverse(fixture.actor("accountant.ho"), posted.id(), "booked twice");
        assertThat(reversed.status()).isEqualTo(DocumentStatus.REVERSED);
        assertThat(fixture.balance("HO-5030-USD")).isEqualTo(before);
        assertThatThrownBy(() -> documents.reverse(fixture.actor("accountant.ho"), posted.id(), "again"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenTheLedgerRefusesThePostingNoDocumentIsLeft() {
        long documentsBefore = fixture.count("documents");
        long auditBefore = fixture.count("audit_log");
        // Cash may not go below zero.
        assertThatThrownBy(() -> fixture.post("operator.b2", "B2", "B2-5030-USD", "B2-1010-USD", "9999.00"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("INSUFFICIENT_BALANCE");
        assertThat(fixture.count("documents")).isEqualTo(documentsBefore);
        assertThat(fixture.count("audit_log")).isEqualTo(auditBefore);
    }

    static List<Object[]> badVouchers() {
        return List.of(
                new Object[] {new JournalVoucher("USD", "x", List.of(line("HO-1010-USD", Side.DEBIT, 100))), "lines"},
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            "x",
                            List.of(line("HO-1010-USD", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 99))),
                    "lines"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD", "x", List.of(line("NOPE", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "lines[0].account"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            "x",
                            List.of(line("B1-1010-USD", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "lines[0].account"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            "x",
                            List.of(line("HO-1010-EUR", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "lines[0].account"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            "x",
                            List.of(line("HO-1010-USD", Side.DEBIT, 0), line("HO-4020-USD", Side.CREDIT, 0))),
                    "lines[0].amount"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD", "x", List.of(line("HO-1010-USD", null, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "lines[0].side"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            " ",
                            List.of(line("HO-1010-USD", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "narrative"
                },
                new Object[] {
                    new JournalVoucher(
                            "XXX",
                            "x",
                            List.of(line("HO-1010-USD", Side.DEBIT, 100), line("HO-4020-USD", Side.CREDIT, 100))),
                    "asset"
                },
                new Object[] {
                    new JournalVoucher(
                            "USD",
                            "x",
                            List.of(line("HO-1010-USD", Side.DEBIT, 100), line("HO-1010-USD", Side.CREDIT, 100))),
                    "lines[1].account"
                });
    }

    @ParameterizedTest
    @MethodSource("badVouchers")
    void aBadVoucherNamesTheFieldAndChangesNothing(JournalVoucher voucher, String field) {
        long documentsBefore = fixture.count("documents");
        long auditBefore = fixture.count("audit_log");
        assertThatThrownBy(() -> documents.create(
                        fixture.actor("operator.ho"), PlatformFixture.journal("HO", voucher), true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).errors())
                        .extracting(FieldError::field)
                        .contains(field));
        assertThat(fixture.count("documents")).isEqualTo(documentsBefore);
        assertThat(fixture.count("audit_log")).isEqualTo(auditBefore);
    }

    private static JournalLine line(String account, Side side, long amount) {
        return new JournalLine(account, side, amount);
    }
}
