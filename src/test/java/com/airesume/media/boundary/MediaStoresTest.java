package com.airesume.media.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.platform.config.Environment;
import com.airesume.platform.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store the settings choose: the folder under DATA_DIR by default, Cloudinary when it is configured. */
class MediaStoresTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutCloudinaryPhotosLiveUnderTheDataDirectory() throws Exception {
        MediaStore store = new MediaStores().mediaStore(settings(Map.of()));

        String key = store.put(new byte[] {1, 2, 3});

        assertAll(() -> assertInstanceOf(LocalMediaStore.class, store),
                () -> assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dataDir.resolve("media")
                        .resolve(key))));
    }

    @Test
    void aCloudinaryUrlChoosesCloudinary() {
        MediaStore store = new MediaStores().mediaStore(settings(Map.of("CLOUDINARY_URL",
                "cloudinary://123456:abcdef-secret@my-cloud")));

        assertAll(() -> assertInstanceOf(CloudinaryMediaStore.class, store),
                () -> assertEquals("Cloudinary cloud my-cloud", store.toString()),
                () -> assertTrue(((CloudinaryMediaStore) store).deliveryUrl("0123456789abcdef0123456789abcdef.jpg")
                        .startsWith("https://res.cloudinary.com/my-cloud/")));
    }

    private Settings settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("DEBUG", "True");
        env.put("DATA_DIR", dataDir.toString());
        return Settings.from(Environment.of(env));
    }
}
