package org.backoffice.banking.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetPositionCsvTest {
    private static NetPositionLine line(String bic, String currency, String sent, String received) {
        return NetPositionLine.of(bic, currency, new BigDecimal(sent), new BigDecimal(received));
    }

    @Test
    void writesOneLinePerParticipantAndAZeroTotalPerCurrency() {
        String csv = NetPositionCsv.write(List.of(
                line("BOFFDEFFXXX", "EUR", "1000.00", "250.50"),
                line("COBADEFFXXX", "EUR", "250.50", "1000.00"),
                line("BOFFDEFFXXX", "USD", "10.00", "0.00"),
                line("CHASUS33", "USD", "0.00", "10.00")));

        assertThat(csv).isEqualTo("""
                        participant_bic,currency,sent,received,net\r
                        BOFFDEFFXXX,EUR,1000.00,250.50,-749.50\r
                        COBADEFFXXX,EUR,250.50,1000.00,749.50\r
                        BOFFDEFFXXX,USD,10.00,0.00,-10.00\r
                        CHASUS33,USD,0.00,10.00,10.00\r
                        TOTAL,EUR,1250.50,1250.50,0.00\r
                        TOTAL,USD,10.00,10.00,0.00\r
                        """);
    }

    @Test
    void refusesPositionsWhoseNetsDoNotCancelOut() {
        List<NetPositionLine> lines =
                List.of(line("BOFFDEFFXXX", "EUR", "100.00", "0.00"), line("COBADEFFXXX", "EUR", "0.00", "99.99"));

        assertThatThrownBy(() -> NetPositionCsv.write(lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR sum to -0.01 instead of zero");
    }

    @Test
    void aLineWhoseNetIsNotReceivedMinusSentIsRefused() {
        assertThatThrownBy(() -> new NetPositionLine(
                        "BOFFDEFFXXX", "EUR", new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("2")))
                .hasMessageStartingWith("net:");
        assertThatThrownBy(() -> line("BOFFDEFFXXX", "EUR", "-1", "0")).hasMessageStartingWith("sent:");
    }
}
