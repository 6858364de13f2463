package org.recstudio.app.studio.ui;

import java.util.Locale;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * The studio's icons: simple 24×24 SVG paths drawn for RecStudio, rendered as the shape of a {@link Region}
 * so CSS colours them ({@code .icon} uses {@code -fx-background-color}) in both themes.
 */
public enum Icon {
    IMPORT("M11 3h2v9.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3V3z M4 15h2v4h12v-4h2v6H4z"),
    EXPLORE("M4 20V11h3.5v9H4z M10.25 20V4h3.5v16h-3.5z M16.5 20v-6H20v6h-3.5z"),
    TRAIN("M13.5 2 4 14h7l-1.5 8L19 10h-7l1.5-8z"),
    INSPECT("M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3z M10 5a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"),
    EVALUATE("M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z "
            + "M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10z M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"),
    SIMULATE("M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M10 7.5v9l7-4.5z"),
    OFF_POLICY("M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z "
            + "M11 7h2v5.4l3.7 2.2-1 1.7-4.7-2.7V7z"),
    MERCHANDISE("M3 3h8.2L21 12.8 12.8 21 3 11.2V3z M7.5 5.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"),
    FAIRNESS("M11 3h2v16h4v2H7v-2h4V3z M4 6h16v2H4z M5 9l-3 6a3 3 0 0 0 6 0L5 9z M19 9l-3 6a3 3 0 0 0 6 0l-3-6z"),
    EXPORT("M11 17V6.8L7.7 10.1 6.3 8.7 12 3l5.7 5.7-1.4 1.4L13 6.8V17h-2z M4 15h2v4h12v-4h2v6H4z"),
    REPORT("M5 2h10l5 5v15H5V2z M7 4v16h11V8h-4V4H7z M9 11h7v1.6H9z M9 14h7v1.6H9z M9 17h5v1.6H9z"),
    MOON("M12.5 3a9 9 0 1 0 8.5 12A7.5 7.5 0 0 1 12.5 3z"),
    SUN("M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10z M11 1h2v3.5h-2z M11 19.5h2V23h-2z M1 11h3.5v2H1z M19.5 11H23v2h-3.5z "
            + "M4.2 5.6l1.4-1.4 2.5 2.5-1.4 1.4z M15.9 17.3l1.4-1.4 2.5 2.5-1.4 1.4z "
            + "M4.2 18.4l2.5-2.5 1.4 1.4-2.5 2.5z "
            + "M15.9 6.7l2.5-2.5 1.4 1.4-2.5 2.5z"),
    CLOSE("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z"),
    CHECK("M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"),
    WARNING("M12 2 1 21h22L12 2z M11 9h2v6h-2z M11 17h2v2h-2z"),
    FOLDER("M2 4h7.5l2 2H22v14H2V4z"),
    FILE("M6 2h8l6 6v14H6V2z M13 3.5V9h5.5z"),
    DATABASE("M12 2c4.4 0 8 1.3 8 3v14c0 1.7-3.6 3-8 3s-8-1.3-8-3V5c0-1.7 3.6-3 8-3z "
            + "M4 8.2c1.5 1.1 4.5 1.8 8 1.8s6.5-.7 8-1.8v1.6c-1.5 1.1-4.5 1.8-8 1.8s-6.5-.7-8-1.8z "
            + "M4 13.2c1.5 1.1 4.5 1.8 8 1.8s6.5-.7 8-1.8v1.6c-1.5 1.1-4.5 1.8-8 1.8s-6.5-.7-8-1.8z"),
    REFRESH("M17.7 6.3A8 8 0 1 0 20 12h-2a6 6 0 1 1-1.8-4.2L13 11h7V4l-2.3 2.3z"),
    LOGO("M4 4h4v16H4z M10 8h4v12h-4z M16 12h4v8h-4z"),
    SAVE("M4 3h13l4 4v14H4V3z M7 5v5h9V5H7z M12 13a3 3 0 1 0 0 6 3 3 0 0 0 0-6z");

    private final String path;

    Icon(String path) {
        this.path = path;
    }

    /** The SVG path data. */
    public String path() {
        return path;
    }

    /** A new node showing this icon at {@code size} pixels, coloured by CSS class {@code icon}. */
    public Region node(double size) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.setFillRule(FillRule.EVEN_ODD);
        Region r = new Region();
        r.setShape(shape);
        r.setMinSize(size, size);
        r.setPrefSize(size, size);
        r.setMaxSize(size, size);
        r.getStyleClass().addAll("icon", "icon-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return r;
    }
}
