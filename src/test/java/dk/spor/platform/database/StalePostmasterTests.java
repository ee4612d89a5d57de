package dk.spor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTests {

    @TempDir Path dataDir;

    @Test
    void aPidFileOfAProcessThatIsNotPostgresIsRemovedAndTheProcessLeftAlone() throws IOException {
        long thisJvm = ProcessHandle.current().pid();
        Files.writeString(dataDir.resolve("postmaster.pid"), thisJvm + "\n" + dataDir + "\n");

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aDataDirectoryWithoutPidFileIsLeftAsItIs() throws IOException {
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(dataDir.resolve("PG_VERSION")).exists();
    }

    @Test
    void anUnreadablePidFileIsTreatedAsStale() throws IOException {
        Files.writeString(dataDir.resolve("postmaster.pid"), "not a pid\n");

        StalePostmaster.stopIfLeftOver(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }
}
