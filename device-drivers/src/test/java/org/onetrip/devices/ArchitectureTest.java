package org.onetrip.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.onetrip.devices", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule deviceLibrariesOnlyInTransports = noClasses()
            .that().resideOutsideOfPackage("..transport..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "javax.smartcardio..")
            .because("serial and smart card libraries are translated at the transport edge");

    @ArchTest
    static final ArchRule noKioskOrConfig = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.onetrip.kiosk..", "org.onetrip.config..")
            .because("device-drivers is a device library that another kiosk could use");

    @ArchTest
    static final ArchRule codecsDoNoIo = noClasses()
            .that().haveSimpleNameEndingWith("Codec").or().haveSimpleNameEndingWith("TextBlock").or().haveSimpleName("SimpleTlv")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..", "..transport..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
            .because("codecs are pure: bytes in, records out, no I/O, clock or threads");

    @ArchTest
    static final ArchRule driversDoNotKnowSimulators = noClasses()
            .that().resideInAnyPackage("..idcard.sam..", "..idcard.pcsc..", "..transport..")
            .should().dependOnClassesThat().resideInAnyPackage("..sim..")
            .because("a simulator is the far end of the wire, never a shortcut");

    @ArchTest
    static final ArchRule operatingSystemPrintingOnlyInItsDriver = noClasses()
            .that().resideOutsideOfPackage("..printer.system..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.print..", "org.apache.pdfbox.printing..")
            .because("the operating system's print service is one driver among others, not the printer port");
}
