package dev.cleave.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the runtime's dependencies pointing one way (docs/STYLE: GraalJS only where it belongs). */
class LayeringTest {
    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cleave.runtime");

    @Test
    void graalTypesStayInEngineModulesAndWebApi() {
        noClasses().that().resideOutsideOfPackages("..runtime.engine..", "..runtime.modules..", "..runtime.webapi..")
                .should().dependOnClassesThat().resideInAPackage("org.graalvm..")
                .check(RUNTIME);
    }

    @Test
    void errorsDependOnNothingElseOfTheRuntime() {
        noClasses().that().resideInAPackage("..runtime.errors..")
                .should().dependOnClassesThat().resideInAnyPackage("..runtime.engine..", "..runtime.modules..",
                        "..runtime.webapi..", "org.graalvm..")
                .check(RUNTIME);
    }

    @Test
    void engineAndModulesDoNotKnowTheWebApis() {
        noClasses().that().resideInAnyPackage("..runtime.engine..", "..runtime.modules..")
                .should().dependOnClassesThat().resideInAPackage("..runtime.webapi..")
                .check(RUNTIME);
    }
}
