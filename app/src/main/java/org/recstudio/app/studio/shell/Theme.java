package org.recstudio.app.studio.shell;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/** The studio's light and dark themes: a shared stylesheet plus one of Modena's looked-up colour sets. */
public enum Theme {
    LIGHT("theme-light.css"), DARK("theme-dark.css");

    private static final String BASE = "studio.css";
    private final String file;

    Theme(String file) {
        this.file = file;
    }

    /** Replaces {@code scene}'s stylesheets with this theme's. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(List.of(url(BASE), url(file)));
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/org/recstudio/app/studio/" + name),
                "missing stylesheet " + name).toExternalForm();
    }
}
