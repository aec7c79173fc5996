package dev.cleave.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the node agent's dependencies where STYLE.md puts them. */
class LayeringTest {
    private static final JavaClasses NODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cleave.node");

    @Test
    void hazelcastStaysInTheClusterAndStatePackages() {
        // state is application data on Hazelcast maps: it lives beside the cluster, not inside it
        noClasses().that().resideOutsideOfPackages("..node.cluster..", "..node.state..")
                .should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
                .check(NODE);
    }

    @Test
    void javalinAndJettyStayInTheHttpPackage() {
        noClasses().that().resideOutsideOfPackage("..node.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(NODE);
    }

    @Test
    void executionKnowsNeitherTheClusterNorHttp() {
        noClasses().that().resideInAPackage("..node.execution..")
                .should().dependOnClassesThat().resideInAnyPackage("..node.cluster..", "..node.http..")
                .check(NODE);
    }
}
