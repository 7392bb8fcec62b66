package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document whose posting is several linked movements is reversed whole: every movement gets its
 * reversal, in one linked request, and the check finds each reversal made by the document.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class LinkedReversalTest {
    @Parameter
    TestDatabase kind;

    ScratchDatabase database;
    Platform platform;

    /** A journal voucher posted twice over, as two linked movements: the voucher, then the same again. */
    static final class SplitVoucherKind extends AbstractDocumentKind<JournalVoucher> {
        static final String TYPE = "SplitVoucher";
        private final JournalVoucherKind voucher = new JournalVoucherKind();

        SplitVoucherKind() {
            super(TYPE, "SV", JournalVoucher.class);
        }

        @Override
        public List<FieldError> validate(String branch, JournalVoucher body, PostingContext context) {
            return voucher.validate(branch, body, context);
        }

        @Override
        public String asset(JournalVoucher body) {
            return voucher.asset(body);
        }

        @Override
        public long amount(JournalVoucher body) {
            return voucher.amount(body);
        }

        @Override
        public List<TransactionRequest> postings(Document document, JournalVoucher body, PostingContext context) {
            Transfer first = (Transfer) voucher.posting(document, body, context);
            Transfer second = new Transfer(
                    TransactionId.of(document.id().value() ^ 0x5A5A5A5AL),
                    first.valueDate(),
                    first.postings(),
                    false,
                    null,
                    first.memo());
            return List.of(first, second);
        }
    }

    @BeforeEach
    void open() {
        database = kind.create();
        Profile bank = Profiles.bank();
        Profile profile =
                bank.plus(bank.description(), List.of(), List.of(), List.of(new SplitVoucherKind()), List.of());
        profile.permissions()
                .grant(SplitVoucherKind.TYPE, Action.VIEW, Role.OPERATOR, Role.ACCOUNTANT)
                .grant(SplitVoucherKind.TYPE, Action.CREATE, Role.OPERATOR)
                .grant(SplitVoucherKind.TYPE, Action.REVERSE, Role.ACCOUNTANT);
        platform = Platform.open(
                PlatformConfig.of(database.config(), new Pbkdf2Hasher()).withProfiles(List.of(profile)));
        DemoOrganisation.loadInto(platform);
    }

    @AfterEach
    void close() {
        platform.close();
        database.close();
    }

    private Actor actor(String username) {
        return platform.users().find(username).map(User::actor).orElseThrow();
    }

    private long balance(String number) {
        var account = platform.accounts().account(number).orElseThrow();
        var balance = platform.ledger().balance(account.ledgerId()).orElseThrow();
        return balance.debitsPosted() - balance.creditsPosted();
    }

    @Test
    void everyLinkedMovementIsReversedAndTheCheckFindsEachReversalMadeByTheDocument() {
        long before = balance("HO-5030-USD");
        Document posted = platform.documents()
                .create(
                        actor("operator.ho"),
                        new NewDocument(
                                SplitVoucherKind.TYPE,
                                "HO",
                                java.time.LocalDate.now(),
                                PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "10.00")),
                        true,
                        null)
                .document();
        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(balance("HO-5030-USD")).isEqualTo(before + 2_000);

        Document reversed = platform.documents().reverse(actor("accountant.ho"), posted.id(), "posted in error");

        assertThat(reversed.status()).isEqualTo(DocumentStatus.REVERSED);
        assertThat(balance("HO-5030-USD")).isEqualTo(before);
        assertThat(platform.consistency().run().rules()).allMatch(rule -> rule.violations() == 0, "no violations");
    }
}
