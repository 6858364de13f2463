package org.recstudio.bandit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bandit module's layering: no JavaFX and no app; linalg at the bottom, policy and context beside each
 * other, sim and ope on top and independent; no static mutable state.
 */
class BanditLayeringTest {

    private static JavaClasses classes;

    @BeforeAll static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.recstudio.bandit");
    }

    @Test void noJavaFxAndNoApp() {
        noClasses().that().resideInAPackage("org.recstudio.bandit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.recstudio.app..")
                .check(classes);
    }

    @Test void policiesAndContextsDoNotKnowSimulationOrEvaluation() {
        noClasses().that().resideInAnyPackage("org.recstudio.bandit.policy..", "org.recstudio.bandit.context..",
                        "org.recstudio.bandit.linalg..")
                .should().dependOnClassesThat().resideInAnyPackage("org.recstudio.bandit.sim..",
                        "org.recstudio.bandit.ope..")
                .check(classes);
        noClasses().that().resideInAPackage("org.recstudio.bandit.context..")
                .should().dependOnClassesThat().resideInAPackage("org.recstudio.bandit.policy..")
                .check(classes);
        noClasses().that().resideInAPackage("org.recstudio.bandit.linalg..")
                .should().dependOnClassesThat().resideInAnyPackage("org.recstudio.bandit.policy..",
                        "org.recstudio.bandit.context..")
                .check(classes);
    }

    @Test void simulationAndEvaluationAreIndependent() {
        noClasses().that().resideInAPackage("org.recstudio.bandit.sim..")
                .should().dependOnClassesThat().resideInAPackage("org.recstudio.bandit.ope..")
                .check(classes);
        noClasses().that().resideInAPackage("org.recstudio.bandit.ope..")
                .should().dependOnClassesThat().resideInAPackage("org.recstudio.bandit.sim..")
                .check(classes);
    }

    @Test void noStaticMutableState() {
        noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.recstudio.bandit..")
                .should().notBeFinal()
                .check(classes);
    }
}
