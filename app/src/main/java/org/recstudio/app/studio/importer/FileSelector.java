package org.recstudio.app.studio.importer;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A selector of the wizard's file shown in the preview and mapping steps (when there are several). */
final class FileSelector {

    private FileSelector() {
    }

    static ComboBox<ImportFile> of(ImportWizardViewModel vm) {
        ComboBox<ImportFile> box = new ComboBox<>(vm.files());
        box.setId("import-file-selector");
        box.valueProperty().bindBidirectional(vm.currentProperty());
        box.setConverter(new StringConverter<>() {
            @Override public String toString(ImportFile f) {
                return f == null ? "" : f.name() + " (" + f.kind().key() + ")";
            }

            @Override public ImportFile fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return box;
    }
}
