package org.recstudio.app.studio.shell;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;

/** The page of a screen that arrives with a later issue: what it will do, and that it is not here yet. */
final class PlaceholderView {

    private final VBox root;

    PlaceholderView(Screen screen) {
        Node icon = Icon.valueOf(screen.name()).node(44);
        icon.getStyleClass().add("placeholder-icon");
        Label title = Widgets.label(screen.label(), "placeholder-title");
        Label purpose = Widgets.label(screen.purpose(), "placeholder-text");
        purpose.setWrapText(true);
        Label arrival = Widgets.label(screen.arrival(), "badge-soon-large");
        arrival.setWrapText(true);
        root = new VBox(14, icon, title, purpose, arrival);
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(520);
        root.getStyleClass().add("placeholder");
        root.setId("placeholder-" + screen.name().toLowerCase(Locale.ROOT));
    }

    Node root() {
        return root;
    }
}
