package org.recstudio.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module layering of the design card: app → bandit → engine; engine and bandit never touch JavaFX. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.recstudio");
    }

    @Test void engineDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.recstudio.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test void banditDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.recstudio.bandit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test void engineDoesNotUseBanditOrApp() {
        noClasses().that().resideInAPackage("org.recstudio.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.recstudio.bandit..", "org.recstudio.app..")
                .check(classes);
    }

    @Test void banditDoesNotUseApp() {
        noClasses().that().resideInAPackage("org.recstudio.bandit..")
                .should().dependOnClassesThat().resideInAPackage("org.recstudio.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test void cliDoesNotBuildScenes() {
        noClasses().that().resideInAPackage("org.recstudio.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
