package org.onetrip.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.onetrip.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class KioskCoreArchitectureTest {

    @ArchTest
    static final ArchRule no_javafx_in_kiosk_core = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("every citizen flow must run and be tested without a screen");

    @ArchTest
    static final ArchRule no_ui_in_kiosk_core = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.onetrip.ui..")
            .because("ui depends on kiosk-core, never the other way");

    @ArchTest
    static final ArchRule bouncy_castle_only_for_the_identity_key = noClasses()
            .that().resideOutsideOfPackage("org.onetrip.kiosk.keys..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("keys stay in the JDK's providers (SunEC, SunPKCS11 for a TPM); BouncyCastle only builds the "
                    + "identity key's certificate requests and certificates, so a second crypto library does not spread");
}
