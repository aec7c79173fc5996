package dev.cleave.segmenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the segmenter's dependencies pointing one way: config ← analysis ← plan ← release ← bundle ← the facade. */
class LayeringTest {
    private static final JavaClasses SEGMENTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cleave.segmenter");

    @Test
    void swc4jStaysInTheAnalysis() {
        noClasses().that().resideOutsideOfPackage("..segmenter.analysis..")
                .should().dependOnClassesThat().resideInAPackage("com.caoccao..")
                .check(SEGMENTER);
    }

    @Test
    void configAndAnalysisKnowNothingOfPlanningOrOutput() {
        noClasses().that().resideInAnyPackage("..segmenter.config..", "..segmenter.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("..segmenter.plan..", "..segmenter.release..")
                .check(SEGMENTER);
    }

    @Test
    void planningKnowsNothingOfTheOutput() {
        noClasses().that().resideInAPackage("..segmenter.plan..")
                .should().dependOnClassesThat().resideInAPackage("..segmenter.release..")
                .check(SEGMENTER);
    }

    @Test
    void onlyTheFacadeKnowsOfTheBrowserBundle() {
        noClasses().that().resideInAnyPackage("..segmenter.config..", "..segmenter.analysis..", "..segmenter.plan..",
                        "..segmenter.release..")
                .should().dependOnClassesThat().resideInAPackage("..segmenter.bundle..")
                .check(SEGMENTER);
    }

    @Test
    void theSegmenterSharesOnlyTheReleaseModelWithTheRuntime() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.cleave.runtime", "dev.cleave.runtime.engine..",
                        "dev.cleave.runtime.modules..", "dev.cleave.runtime.webapi..", "org.graalvm..")
                .check(SEGMENTER);
    }
}
