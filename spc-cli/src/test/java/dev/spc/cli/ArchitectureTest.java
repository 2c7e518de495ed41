package dev.spc.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as the architecture gives it: arrows point one way (cli to charts and io, charts and
 * io to core), spc-core imports no other module nor any library but its maths, the method's internals are
 * used by spc-core alone, and no two packages import each other, directly or round about.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        // The main code only: not test classes, nor the test jar of spc-core that the tests share.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.spc");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.spc.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreDependsOnItsMathsLibraryOnly() {
        noClasses().that().resideInAPackage("dev.spc.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spc.io..", "dev.spc.charts..", "dev.spc.cli..",
                        "tech.tablesaw..", "org.jfree..", "picocli..", "com.fasterxml..", "org.apache.commons.math3..",
                        "org.slf4j..", "java.awt..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void theMethodsInternalsAreTheCoresOwn() {
        noClasses().that().resideOutsideOfPackage("dev.spc.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spc.core.limits..", "dev.spc.core.rules..",
                        "dev.spc.core.assess..")
                .check(classes);
    }

    @Test
    void readingAndDrawingKnowNothingOfEachOtherNorOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.spc.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spc.charts..", "dev.spc.cli..", "org.jfree..",
                        "picocli..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.spc.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.spc.io..", "dev.spc.cli..", "tech.tablesaw..",
                        "picocli..")
                .check(classes);
    }
}
