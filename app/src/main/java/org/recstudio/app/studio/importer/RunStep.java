package org.recstudio.app.studio.importer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;

/** Step 4: the running import with its progress and a Cancel button; nothing of a cancelled file is kept. */
final class RunStep {

    private final VBox root;

    RunStep(ImportWizardViewModel vm) {
        Label title = Widgets.label("Importing into " + vm.datasetNameProperty().get().strip(), "run-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.run().progressProperty());
        Label text = Widgets.label(vm.run().progressTextProperty(), "muted");
        text.setId("import-progress-text");
        Label note = Widgets.label("Each file is stored in one transaction: cancelling leaves the dataset exactly as "
                + "it was before that file.", "muted");
        note.setWrapText(true);
        Button cancel = new Button("Cancel import", Icon.CLOSE.node(11));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.disableProperty().bind(vm.busyProperty().not());
        VBox card = new VBox(14, title, bar, text, note, cancel);
        card.getStyleClass().addAll("card", "run-card");
        card.setMaxWidth(620);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root = new VBox(card);
        root.setAlignment(Pos.TOP_CENTER);
        root.setStyle("-fx-padding: 40 0 0 0;");
    }

    Node root() {
        return root;
    }
}
