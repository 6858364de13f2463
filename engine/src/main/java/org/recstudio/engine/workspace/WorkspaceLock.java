package org.recstudio.engine.workspace;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An exclusive OS file lock on a workspace folder, held while one studio or CLI process uses it.
 *
 * <p>The lock file records who holds it (program, process id, host, time) so that a second process is
 * told "in use by …" instead of opening the H2 file. The OS releases the lock when the holder dies,
 * so a crashed process never leaves a workspace locked.
 */
public final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    private final RandomAccessFile file;
    private final FileLock lock;

    private WorkspaceLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Takes the lock of {@code folder} for {@code program}, or throws with the current holder. */
    public static WorkspaceLock acquire(Path folder, String program) {
        Path path = folder.resolve(FILE_NAME);
        RandomAccessFile raf = null;
        try {
            raf = new RandomAccessFile(path.toFile(), "rw");
            FileChannel channel = raf.getChannel();
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                raf.close();
                throw new WorkspaceException("Workspace " + folder + " is in use by " + holder
                        + ". Close that program first, or open another workspace with --workspace DIR.");
            }
            String who = program + " (pid " + ProcessHandle.current().pid() + " on " + hostName() + " since "
                    + Instant.now() + ")";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(raf, lock);
        } catch (IOException e) {
            closeQuietly(raf, e);
            throw new WorkspaceException("Cannot lock workspace " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        int n = channel.read(buffer, 0);
        String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "another RecStudio process" : text;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "this machine" : host;
    }

    private static void closeQuietly(RandomAccessFile raf, Exception primary) {
        if (raf != null) {
            try {
                raf.close();
            } catch (IOException e) {
                primary.addSuppressed(e);
            }
        }
    }

    @Override public void close() {
        try {
            lock.release();
            file.setLength(0);
            file.close();
        } catch (IOException e) {
            throw new WorkspaceException("Cannot release workspace lock: " + e.getMessage(), e);
        }
    }
}
