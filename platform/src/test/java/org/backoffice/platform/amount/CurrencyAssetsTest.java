package org.backoffice.platform.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backoffice.ledger.AssetKind;
import org.backoffice.platform.profile.Profiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyAssetsTest {
    @ParameterizedTest(name = "{0} has {1} decimals")
    @CsvSource({"USD, 2", "EUR, 2", "GBP, 2", "JPY, 0", "KRW, 0", "BHD, 3", "KWD, 3", "CLF, 4"})
    void aCurrencyTakesTheScaleOfItsIsoMinorUnit(String code, int scale) {
        assertThat(CurrencyAssets.of(code).scale()).isEqualTo(scale);
        assertThat(CurrencyAssets.of(code).kind()).isEqualTo(AssetKind.CURRENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "XYZ", "", "US DOLLAR"})
    void aCodeIsoDoesNotKnowIsRefused(String code) {
        assertThatThrownBy(() -> CurrencyAssets.of(code)).hasMessageStartingWith("currency: must be an ISO 4217 code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XDR"})
    void aUnitWithoutAMinorUnitIsRefused(String code) {
        assertThatThrownBy(() -> CurrencyAssets.of(code))
                .hasMessage("currency: " + code + " has no minor unit in ISO 4217");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank", "broker"})
    void theProfilesKeepYenWholeAndDinarsToTheFils(String profile) {
        assertThat(Profiles.named(profile).assets())
                .extracting(a -> a.code().value() + "/" + a.scale())
                .containsExactly("USD/2", "EUR/2", "GBP/2", "JPY/0", "BHD/3");
    }
}
