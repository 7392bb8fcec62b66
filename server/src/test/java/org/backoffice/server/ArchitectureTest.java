package org.backoffice.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module graph is one-way, and a module's internals are its own. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProductionClasses.get();
    }

    @Test
    void theLedgerDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.backoffice.platform..",
                        "org.backoffice.banking..",
                        "org.backoffice.reporting..",
                        "org.backoffice.bench..",
                        "org.backoffice.server..")
                .check(classes);
    }

    @Test
    void thePlatformDependsOnlyOnTheLedger() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.backoffice.banking..",
                        "org.backoffice.reporting..",
                        "org.backoffice.bench..",
                        "org.backoffice.server..")
                .check(classes);
    }

    @Test
    void bankingDependsOnTheLedgerThePlatformAndReportingOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.banking..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.backoffice.bench..", "org.backoffice.server..")
                .check(classes);
    }

    @Test
    void onlyBankingUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.backoffice.banking..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.banking..internal..")
                .check(classes);
    }

    @Test
    void theVerticalsNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.securities..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.backoffice.banking..", "org.backoffice.bench..", "org.backoffice.server..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.banking..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.securities..")
                .check(classes);
    }

    @Test
    void onlySecuritiesUsesItsInternals() {
        // The server, and everything else, reaches securities through its public packages only.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.backoffice.securities..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.securities..internal..")
                .check(classes);
    }

    @Test
    void reportingDependsOnlyOnTheLedgerAndThePlatform() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.reporting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.backoffice.banking..", "org.backoffice.bench..", "org.backoffice.server..")
                .check(classes);
    }

    @Test
    void onlyReportingUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.backoffice.reporting..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.reporting.internal..")
                .check(classes);
    }

    @Test
    void onlyThePlatformUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.backoffice.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.platform..internal..")
                .check(classes);
    }

    @Test
    void theLedgerIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void benchmarksDoNotDependOnTheServer() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.server..")
                .check(classes);
    }

    @Test
    void theServersPlatformPartKnowsNoVertical() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.backoffice.server.bank..",
                        "org.backoffice.server.securities..",
                        "org.backoffice.server.reporting..")
                .check(classes);
    }

    @Test
    void theServersBankAndSecuritiesPartsNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server.bank..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.server.securities..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server.securities..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.server.bank..")
                .check(classes);
    }

    @Test
    void theServersReportingPartKnowsNoVertical() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server.reporting..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.backoffice.server.bank..", "org.backoffice.server.securities..")
                .check(classes);
    }

    @Test
    void theWebToolkitDependsOnNoPart() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.backoffice.server.platform..",
                        "org.backoffice.server.bank..",
                        "org.backoffice.server.securities..",
                        "org.backoffice.server.reporting..",
                        "org.backoffice.server.cli..")
                .check(classes);
    }

    @Test
    void theServerImportsNoBenchmark() {
        // The benchmarks join the command line through org.backoffice.cli.spi, at run time only.
        noClasses()
                .that()
                .resideInAPackage("org.backoffice.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.bench..")
                .check(classes);
    }

    @Test
    void springIsUsedOnlyByTheServer() {
        noClasses()
                .that()
                .resideInAPackage("org.backoffice..")
                .and()
                .resideOutsideOfPackage("org.backoffice.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void onlyTheLedgerUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.backoffice.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.backoffice.ledger.internal..")
                .check(classes);
    }
}
