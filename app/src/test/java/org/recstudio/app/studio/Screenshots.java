package org.recstudio.app.studio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves snapshots of studio scenes as PNG files under {@code docs/screenshots/} of the project. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The screenshots folder: {@code recstudio.projectRoot} (set by Surefire), else the parent folder. */
    public static Path folder() {
        String root = System.getProperty("recstudio.projectRoot");
        return (root == null || root.isBlank() ? Path.of("..") : Path.of(root)).resolve("docs").resolve("screenshots");
    }

    /** Snapshots {@code scene} on the FX thread and writes it to {@code docs/screenshots/<name>}. */
    public static Path save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(20, TimeUnit.SECONDS);
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Path file = folder().resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write screenshot " + name, e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot snapshot the scene for " + name + ": " + e, e);
        }
    }
}
