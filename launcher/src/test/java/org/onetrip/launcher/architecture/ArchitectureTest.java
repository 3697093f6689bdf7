package org.onetrip.launcher.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The walls between OneTrip's modules, checked on the compiled classes of every module
 * (the launcher's test class path holds them all).
 */
@AnalyzeClasses(packages = "org.onetrip", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependInOneDirection = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("org.onetrip.launcher..")
            .layer("day").definedBy("org.onetrip.day..")
            .layer("ui").definedBy("org.onetrip.ui..")
            .layer("kiosk-core").definedBy("org.onetrip.kiosk..")
            .layer("device-drivers").definedBy("org.onetrip.devices..")
            .layer("config").definedBy("org.onetrip.config..")
            .layer("reference-backend").definedBy("org.onetrip.backend..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("day").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher", "day")
            .whereLayer("kiosk-core").mayOnlyBeAccessedByLayers("ui", "launcher", "day")
            .whereLayer("device-drivers").mayOnlyBeAccessedByLayers("kiosk-core", "ui", "launcher", "day")
            .whereLayer("config").mayOnlyBeAccessedByLayers("kiosk-core", "ui", "launcher", "day")
            .whereLayer("reference-backend").mayOnlyBeAccessedByLayers("launcher", "day")
            .because("data flows ui -> kiosk-core -> device-drivers and kiosk-core -> config; "
                    + "the reference backend is another system that only the launcher and the day (which drives "
                    + "the whole kiosk from outside) start");

    @ArchTest
    static final ArchRule kioskCoreKnowsNoJavaFx = noClasses()
            .that().resideInAPackage("org.onetrip.kiosk..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("every citizen flow must run and be tested without a screen");

    @ArchTest
    static final ArchRule onlyTheUiKnowsJavaFx = noClasses()
            .that().resideInAnyPackage("org.onetrip.config..", "org.onetrip.devices..", "org.onetrip.backend..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("screens are one replaceable layer over the kiosk");

    @ArchTest
    static final ArchRule driversKnowNothingOfTheKiosk = noClasses()
            .that().resideInAPackage("org.onetrip.devices..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.onetrip.kiosk..", "org.onetrip.config..", "org.onetrip.ui..",
                    "org.onetrip.launcher..", "org.onetrip.backend..")
            .because("device-drivers is a device library another kiosk could use: "
                    + "it takes plain constructor arguments, not sessions or config files");

    @ArchTest
    static final ArchRule serialLibraryOnlyInTransports = noClasses()
            .that().resideOutsideOfPackage("..transport..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("jSerialComm's booleans and -1 sentinels are translated at the edge, "
                    + "so drivers and codecs can be tested over any byte stream");

    @ArchTest
    static final ArchRule smartcardApiOnlyInTransports = noClasses()
            .that().resideOutsideOfPackage("..transport..")
            .should().dependOnClassesThat().resideInAPackage("javax.smartcardio..")
            .because("card profiles speak APDUs through our own channel, "
                    + "so they can be tested against scripted cards");

    @ArchTest
    static final ArchRule noGlobalState = fields()
            .that().areStatic()
            .should().beFinal()
            .because("there are no static singletons: one composition root wires everything");

    @ArchTest
    static final ArchRule noServiceLocators = noMethods()
            .should().haveName("getInstance")
            .because("dependencies arrive through constructors, not through a global lookup");

    @ArchTest
    static final ArchRule namesSayWhatThingsAre = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("a class is named for what it is in the kiosk's language; "
                    + "a god-class manager is what we do not build");

    @ArchTest
    static final ArchRule errorsAreLoggedNotPrinted = noClasses()
            .should().callMethodWhere(target(name("printStackTrace"))
                    .and(target(owner(assignableTo(Throwable.class)))))
            .because("errors go to the masked log, once, where they are handled");

    @ArchTest
    static final ArchRule oneLoggingApi = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("all logging goes through SLF4J to the one masking layout");
}
