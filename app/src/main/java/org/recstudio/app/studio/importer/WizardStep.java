package org.recstudio.app.studio.importer;

/** The steps of the import wizard, in order. */
public enum WizardStep {
    FILES("Files"), PREVIEW("Preview"), MAPPING("Mapping"), IMPORT("Import"), REPORT("Report");

    private final String label;

    WizardStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
