package dk.spor.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM is killed hard, the embedded postgres process lives on and holds the data directory,
 * which makes the next start fail. This stops such a left-over server cleanly before we start ours.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfLeftOver(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
        if (process.isEmpty()) {
            log.info("Removing stale {} (no running postgres)", pidFile);
            deleteQuietly(pidFile);
            return;
        }
        log.warn("A postgres server (pid {}) from an earlier run still holds {}; stopping it", pid.get(), dataDir);
        ProcessHandle handle = process.get();
        // SIGTERM = PostgreSQL's "smart" shutdown: it finishes, writes a checkpoint and exits.
        handle.destroy();
        try {
            handle.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("Left-over postgres did not stop in 30 s; forcing it", e);
            handle.destroyForcibly();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
