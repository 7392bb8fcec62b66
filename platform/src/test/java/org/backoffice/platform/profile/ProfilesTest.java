package org.backoffice.platform.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bank profile: who may do what with a journal voucher, and when a second user must approve. */
class ProfilesTest {
    private static final Permissions BANK = Profiles.bank().permissions();

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
        "OPERATOR,      VIEW,    true",
        "OPERATOR,      CREATE,  true",
        "OPERATOR,      APPROVE, false",
        "OPERATOR,      REVERSE, false",
        "CONTROLLER,    VIEW,    true",
        "CONTROLLER,    CREATE,  false",
        "CONTROLLER,    APPROVE, true",
        "CONTROLLER,    REVERSE, true",
        "ACCOUNTANT,    VIEW,    true",
        "ACCOUNTANT,    CREATE,  true",
        "ACCOUNTANT,    APPROVE, true",
        "ACCOUNTANT,    REVERSE, true",
        "TREASURER,     VIEW,    true",
        "TREASURER,     CREATE,  false",
        "TREASURER,     APPROVE, false",
        "TREASURER,     REVERSE, false",
        "AUDITOR,       VIEW,    true",
        "AUDITOR,       CREATE,  false",
        "AUDITOR,       APPROVE, false",
        "AUDITOR,       REVERSE, false",
        "ADMINISTRATOR, VIEW,    true",
        "ADMINISTRATOR, CREATE,  false",
        "ADMINISTRATOR, APPROVE, false",
        "ADMINISTRATOR, REVERSE, false",
    })
    void whoMayDoWhatWithAJournalVoucher(Role role, Action action, boolean allowed) {
        Actor actor = new Actor("someone", Set.of(role), Set.of("HO"), false);

        assertThat(BANK.allows(actor, JournalVoucherKind.TYPE, action)).isEqualTo(allowed);
        if (allowed) {
            BANK.require(actor, JournalVoucherKind.TYPE, action);
        } else {
            assertThatThrownBy(() -> BANK.require(actor, JournalVoucherKind.TYPE, action))
                    .isInstanceOf(SecurityException.class);
        }
    }

    @Test
    void aSecondRoleAddsItsRights() {
        Actor both = new Actor("both", Set.of(Role.OPERATOR, Role.CONTROLLER), Set.of("HO"), false);
        assertThat(BANK.allows(both, JournalVoucherKind.TYPE, Action.CREATE)).isTrue();
        assertThat(BANK.allows(both, JournalVoucherKind.TYPE, Action.APPROVE)).isTrue();
        assertThat(BANK.allows(both, "PaymentOrder", Action.VIEW))
                .as("a type the profile does not know")
                .isFalse();
    }

    @Test
    void vouchersFromTenThousandNeedAControllerOrAnAccountant() {
        ApprovalPolicy policy = Profiles.bank().policies().stream()
                .filter(p -> p.documentType().equals(JournalVoucherKind.TYPE))
                .findFirst()
                .orElseThrow();
        assertThat(policy.threshold()).isEqualByComparingTo(new BigDecimal("10000.00"));
        assertThat(policy.approverRoles()).containsExactlyInAnyOrder(Role.CONTROLLER, Role.ACCOUNTANT);
        assertThat(policy.needsApproval(999_999, 2)).isFalse();
        assertThat(policy.needsApproval(1_000_000, 2)).isTrue();
    }

    @Test
    void theBankProfileIsFoundByItsName() {
        Profile bank = Profiles.named("bank");
        assertThat(bank.name()).isEqualTo(Profiles.BANK);
        assertThat(Profiles.names()).contains(Profiles.BANK);
        assertThat(bank.documentKinds()).extracting(k -> k.type()).containsExactly(JournalVoucherKind.TYPE);
        assertThat(bank.chart()).extracting(c -> c.code()).contains("1010", "2010", "3010", "4020", "5030");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"BANK", "Broker", "retail-nonfood", " bank"})
    void anUnknownProfileIsRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> Profiles.named(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("profile:")
                .hasMessageContaining("bank")
                .hasMessageContaining("broker");
    }

    @Test
    void theBrokersChartKeepsClientsMoneyApartFromTheFirmsCapital() {
        Profile broker = Profiles.named("broker");

        assertThat(broker.name()).isEqualTo(Profiles.BROKER);
        assertThat(broker.documentKinds()).extracting(k -> k.type()).containsExactly(JournalVoucherKind.TYPE);
        assertThat(broker.chart()).extracting(c -> c.code()).contains("1020", "2010", "3010", "4020");
        assertThat(broker.chart()).extracting(c -> c.code()).doesNotContain("1210", "2020");
    }
}
