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
}
