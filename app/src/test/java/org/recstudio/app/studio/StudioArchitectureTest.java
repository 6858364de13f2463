package org.recstudio.app.studio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The studio's layering: view models and helpers hold no scene graph, screens do not reach into each other. */
class StudioArchitectureTest {

    private static JavaClasses studio;

    @BeforeAll static void load() throws Exception {
        Path mainClasses = Path.of(StudioApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // package rules need only the names of the classes depended on, not their bytecode
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        studio = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses.resolve("org/recstudio/app/studio"));
        if (studio.size() < 20) {
            throw new IllegalStateException("expected the studio's classes under " + mainClasses + ", found "
                    + studio.size());
        }
    }

    @AfterAll static void restore() {
        ArchConfiguration.get().reset();
    }

    @Test void viewModelsAndHelpersHoldNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Stats")
                .or().haveSimpleNameEndingWith("Snapshot")
                .or().haveSimpleNameEndingWith("Summary")
                .or().resideInAPackage("..studio.task..")
                .or().haveSimpleName("WorkspaceModel")
                .or().haveSimpleName("StudioContext")
                .or().haveSimpleName("Formats")
                .or().haveSimpleName("ImportFile")
                .or().haveSimpleName("ColumnRow")
                .or().haveSimpleName("ImportRun")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.embed..")
                .because("view models hold state as properties and are tested without the FX toolkit")
                .check(studio);
    }

    @Test void screensDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("..studio.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("..studio.explore..", "..studio.shell..")
                .check(studio);
        noClasses().that().resideInAPackage("..studio.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("..studio.importer..", "..studio.shell..")
                .check(studio);
    }

    @Test void noMutableStatics() {
        fields().that().areStatic().should().beFinal()
                .because("the studio keeps its state in the composition root, not in statics")
                .check(studio);
    }

    @Test void theStudioUsesNoCliCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.recstudio.app.cli..").check(studio);
    }
}
