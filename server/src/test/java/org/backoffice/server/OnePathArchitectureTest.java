package org.backoffice.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backoffice.banking.BankingSettings;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.document.internal.DocumentRows;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.securities.SecuritiesSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Every module records its operations through the platform: only the platform writes to the
 * ledger and rides on its commit, so a module's rows always commit with their postings.
 */
class OnePathArchitectureTest {
    /** The ledger's write side: whatever changes what the ledger holds. */
    private static final Set<String> LEDGER_WRITES = Set.of(
            "submit",
            "submitLinked",
            "submitAll",
            "record",
            "execute",
            "defineAsset",
            "openAccount",
            "openAccounts",
            "closeAccount",
            "closePeriod",
            "expireDue",
            "change");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProductionClasses.get();
    }

    @Test
    void onlyThePlatformWritesToTheLedger() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.backoffice.ledger..", "org.backoffice.platform..", "org.backoffice.bench.ledger..")
                .should()
                .callMethodWhere(ledgerWrite())
                .because("a module's operations go through the platform's documents and operations, whose rows"
                        + " commit in the ledger's transaction")
                .check(classes);
    }

    @Test
    void onlyThePlatformRidesOnTheLedgersCommit() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.backoffice.ledger..", "org.backoffice.platform..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(CommitCompanion.class)
                .check(classes);
    }

    private static DescribedPredicate<JavaMethodCall> ledgerWrite() {
        return DescribedPredicate.describe(
                "a write to the ledger",
                call -> call.getTargetOwner().isEquivalentTo(Ledger.class) && LEDGER_WRITES.contains(call.getName()));
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        // Generic, so that every module to come (retail, catering) is held to it without a rule of its own.
        classes()
                .should(new ArchCondition<JavaClass>("use only their own module's internal packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String module = module(origin.getPackageName());
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            if (target.startsWith("org.backoffice.")
                                    && (target.contains(".internal.") || target.endsWith(".internal"))
                                    && !module(target).equals(module)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    /** The module a package of the product belongs to: {@code org.backoffice.banking.eod} is {@code banking}. */
    private static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : packageName;
    }

    @Test
    void everyKindOfOperationIsRegisteredWithThePlatform(@TempDir Path dir) {
        Set<String> written = new TreeSet<>();
        for (JavaClass c : classes) {
            if (isMainSource(c)
                    && !c.isInterface()
                    && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                    && (c.isAssignableTo(DocumentKind.class) || c.isAssignableTo(OperationKind.class))) {
                written.add(c.getName());
            }
        }
        // The platform's own rows of documents ride on every document's commit; they are not a kind to register.
        written.remove(DocumentRows.class.getName());
        Set<String> registered = new TreeSet<>();
        for (String profile : List.of("bank", "broker")) {
            PlatformConfig config = PlatformConfig.of(
                    LedgerConfig.of("jdbc:sqlite:" + dir.resolve(profile + ".db")),
                    PlatformBeans.hasher(new BCryptPasswordEncoder(4)));
            try (Modules modules =
                    Modules.open(config, BankingSettings.defaults(), SecuritiesSettings.defaults(), profile)) {
                modules.platform()
                        .profile()
                        .documentKinds()
                        .forEach(k -> registered.add(k.getClass().getName()));
                modules.platform()
                        .operations()
                        .kinds()
                        .forEach(k -> registered.add(k.getClass().getName()));
            }
        }

        assertThat(registered)
                .as("the kinds the bank and broker profiles register")
                .containsAll(written);
    }

    /** A class of the product, not of a module's test fixtures that a test jar brings along. */
    private static boolean isMainSource(JavaClass c) {
        String uri = c.getSource().map(source -> source.getUri().toString()).orElse("");
        return !uri.contains("-tests.jar") && !uri.contains("/test-classes/");
    }
}
