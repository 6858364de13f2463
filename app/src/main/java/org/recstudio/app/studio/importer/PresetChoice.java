package org.recstudio.app.studio.importer;

import org.recstudio.engine.importer.Preset;

/** A choice in the preset selector: a {@link Preset}, or {@link #NONE} (detect the format, guess the mapping). */
public record PresetChoice(Preset preset) {

    /** No preset. */
    public static final PresetChoice NONE = new PresetChoice(null);

    @Override public String toString() {
        return preset == null ? "None \u2014 detect the format and guess the mapping" : preset.name();
    }
}
