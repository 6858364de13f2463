package org.recstudio.app.studio.importer;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.StepIndicator;
import org.recstudio.app.studio.ui.Widgets;

/** The import wizard's frame: header, step indicator, banners, the current step and the navigation buttons. */
public final class ImportWizardView {

    private final ImportWizardViewModel vm;
    private final VBox root;
    private final StackPane body = new StackPane();
    private final StepIndicator steps = new StepIndicator(Arrays.stream(WizardStep.values()).map(WizardStep::label)
            .toList());

    public ImportWizardView(ImportWizardViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Import data",
                new SimpleStringProperty("Bring catalog, user and interaction files into a dataset of the workspace."));
        body.getStyleClass().add("wizard-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header, steps, Widgets.banner(vm.errorProperty(), "error"),
                Widgets.banner(vm.noticeProperty(), "warn"), body, footer());
        root.getStyleClass().addAll("screen", "import-wizard");
        root.setId("import-screen");
        vm.stepProperty().addListener((obs, old, now) -> show(now));
        vm.currentProperty().flatMap(ImportFile::formatProperty).addListener((obs, old, now) -> refreshFileStep());
        vm.currentProperty().addListener((obs, old, now) -> refreshFileStep());
        show(vm.stepProperty().get());
    }

    public Node root() {
        return root;
    }

    private void refreshFileStep() {
        WizardStep s = vm.stepProperty().get();
        if (s == WizardStep.PREVIEW || s == WizardStep.MAPPING) {
            show(s);
        }
    }

    private void show(WizardStep step) {
        steps.select(step.ordinal());
        Node node = switch (step) {
            case FILES -> new FilesStep(vm).root();
            case PREVIEW -> new PreviewStep(vm).root();
            case MAPPING -> new MappingStep(vm).root();
            case IMPORT -> new RunStep(vm).root();
            case REPORT -> new ReportStep(vm).root();
        };
        body.getChildren().setAll(node);
    }

    private Node footer() {
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.visibleProperty().bind(vm.stepProperty().isNotEqualTo(WizardStep.FILES)
                .and(vm.stepProperty().isNotEqualTo(WizardStep.REPORT)));

        Button next = new Button();
        next.setId("wizard-next");
        next.getStyleClass().add("primary");
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stepProperty().get()) {
            case FILES -> "Next: preview";
            case PREVIEW -> "Next: map columns";
            default -> "Import";
        }, vm.stepProperty()));
        next.graphicProperty().bind(Bindings.createObjectBinding(() -> vm.stepProperty().get() == WizardStep.MAPPING
                ? Icon.IMPORT.node(14) : null, vm.stepProperty()));
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stepProperty().get().compareTo(WizardStep.MAPPING) <= 0, vm.stepProperty()));
        next.managedProperty().bind(next.visibleProperty());

        HBox bar = new HBox(10, back, Widgets.hgrow(), next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("wizard-footer");
        return bar;
    }
}
