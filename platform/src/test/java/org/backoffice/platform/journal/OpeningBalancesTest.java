package org.backoffice.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening balances go the one path: an administrator records them, others may not, check accounts for them. */
class OpeningBalancesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void anAdministratorRecordsOpeningBalancesThatCheckAccountsFor(TestDatabase database) {
        try (PlatformFixture fixture = PlatformFixture.withDemo(database)) {
            var platform = fixture.platform();
            long cash = ledgerId(fixture, "HO-1010-USD");
            long capital = ledgerId(fixture, "HO-3010-USD");
            long before = fixture.balance("HO-1010-USD");
            Transfer transfer = Transfer.of(platform.ids().next(), DAY, Posting.of(cash, capital, "USD", 1_000_000));
            OpeningBalances.Entry entry = new OpeningBalances.Entry("HO", transfer);

            assertThatThrownBy(() -> platform.operations()
                            .record(fixture.actor("operator.ho"), platform.openingBalances(), entry))
                    .isInstanceOf(SecurityException.class)
                    .hasMessageContaining("OpeningBalance");
            assertThat(fixture.balance("HO-1010-USD")).isEqualTo(before);

            Outcome outcome =
                    platform.operations().record(Actor.system("migration"), platform.openingBalances(), entry);
            Outcome again = platform.operations().record(Actor.system("migration"), platform.openingBalances(), entry);

            assertThat(outcome.accepted()).isTrue();
            assertThat(again.accepted()).isTrue();
            assertThat(fixture.balance("HO-1010-USD"))
                    .as("once, a retry being a replay")
                    .isEqualTo(before + 1_000_000);
            assertThat(fixture.strings("SELECT actor FROM platform_operations WHERE type = 'OpeningBalance'"))
                    .containsExactly("migration");
            assertThat(platform.consistency().run().clean()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aModulesAssetIsDefinedOnceAndAnotherScaleIsRefused(TestDatabase database) {
        try (PlatformFixture fixture = PlatformFixture.withDemo(database)) {
            var accounts = fixture.platform().accounts();
            accounts.defineAsset(Asset.goods("SKU-1001", 3));
            accounts.defineAsset(Asset.goods("SKU-1001", 3));

            assertThat(accounts.asset("SKU-1001")).map(Asset::scale).contains(3);
            assertThatThrownBy(() -> accounts.defineAsset(Asset.goods("SKU-1001", 0)))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining("unitScale")
                    .hasMessageContaining("3 decimals, not 0");
        }
    }

    private static long ledgerId(PlatformFixture fixture, String number) {
        return fixture.platform()
                .accounts()
                .account(number)
                .orElseThrow()
                .ledgerId()
                .value();
    }
}
