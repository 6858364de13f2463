package org.recstudio.app.studio;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings shared by the studio's TestFX tests. */
public final class FxTests {

    private FxTests() {
    }

    /**
     * Makes the robot move the mouse in a few steps and type without pauses, so tests drive the UI as a user
     * would without spending seconds on animation. Call before the first robot exists (a static initialiser).
     */
    public static void quickRobot() {
        System.setProperty("testfx.robot.move_max_count", "6");
        System.setProperty("testfx.robot.write_sleep", "0");
    }

    /** Replaces the text of the field {@code fieldId} by typing {@code text} into it, as a user would. */
    public static void type(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.END).eraseText(field.getText().length()).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
