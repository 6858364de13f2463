package org.recstudio.app.studio;

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
}
