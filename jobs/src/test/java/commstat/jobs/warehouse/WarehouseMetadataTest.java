package commstat.jobs.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseMetadataTest {
    @TempDir
    Path warehouse;

    @Test
    void aNewWarehouseRecordsTheKeyFingerprintAndAcceptsTheSameKeyAgain() throws Exception {
        WarehouseMetadata.claim(warehouse, "aaaa1111bbbb2222");
        WarehouseMetadata.claim(warehouse, "aaaa1111bbbb2222");
        assertThat(Files.readString(warehouse.resolve("warehouse.json"))).contains("\"key_fingerprint\" : \"aaaa1111bbbb2222\"");
    }

    @Test
    void aRunWithAnotherKeyIsRefusedWithAClearMessage() {
        WarehouseMetadata.claim(warehouse, "aaaa1111bbbb2222");
        assertThatThrownBy(() -> WarehouseMetadata.claim(warehouse, "cccc3333dddd4444"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("written with another hash key")
                .hasMessageContaining("aaaa1111bbbb2222")
                .hasMessageContaining("cccc3333dddd4444");
    }

    @Test
    void theKeyComesFromTheEnvironmentAndMustBeLongEnough() {
        assertThat(HashKey.load(null, Map.of(HashKey.ENV, "x".repeat(40)))).hasSize(40);
        assertThatThrownBy(() -> HashKey.load(null, Map.of()))
                .hasMessageContaining("no hash key: set COMMSTAT_HASH_KEY");
        assertThatThrownBy(() -> HashKey.load(null, Map.of(HashKey.ENV, "short")))
                .hasMessageContaining("too short: 5 characters");
    }
}
