package com.airesume.media.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.media.control.MediaKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos in a folder under DATA_DIR: kept whole under random keys, and nothing outside the folder is reachable. */
class LocalMediaStoreTest {

    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3,
            (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dataDir;

    @Test
    void aPhotoIsKeptReadAndDeleted() throws Exception {
        Path folder = dataDir.resolve("media");
        LocalMediaStore store = new LocalMediaStore(folder);

        String key = store.put(PHOTO);

        assertAll(() -> assertArrayEquals(PHOTO, store.get(key).orElseThrow()),
                () -> assertArrayEquals(PHOTO, new LocalMediaStore(folder).get(key).orElseThrow(),
                        "another instance on the same folder, as after a restart"),
                () -> assertEquals(List.of(key), files(folder), "one file, no temporary left behind"));

        store.delete(key);

        assertAll(() -> assertTrue(store.get(key).isEmpty()),
                () -> assertEquals(List.of(), files(folder)));
        store.delete(key);
    }

    @Test
    void keysAreRandomAndWellFormed() throws Exception {
        LocalMediaStore store = new LocalMediaStore(dataDir.resolve("media"));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String key = store.put(PHOTO);
            assertTrue(key.matches("[0-9a-f]{32}\\.jpg"), key);
            assertTrue(key.length() <= MediaKeys.LENGTH && MediaKeys.LENGTH <= 100);
            keys.add(key);
        }
        assertEquals(200, keys.size());
    }

    @Test
    void onlyWellFormedKeysAreRead() throws Exception {
        Path folder = dataDir.resolve("media");
        LocalMediaStore store = new LocalMediaStore(folder);
        store.put(PHOTO);
        byte[] secret = "DATABASE_URL=postgresql://admin:hunter2@db/app".getBytes(StandardCharsets.UTF_8);
        Files.write(dataDir.resolve("secret.jpg"), secret);
        Files.write(dataDir.resolve("0123456789abcdef0123456789abcdef.jpg"), secret);
        Files.write(folder.resolve("avatar.jpg"), secret);
        Files.write(folder.resolve("0123456789ABCDEF0123456789ABCDEF.jpg"), secret);
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub").resolve("0123456789abcdef0123456789abcdef.jpg"), secret);

        for (String key : List.of("../secret.jpg", "../../etc/passwd", "/etc/passwd", "..%2Fsecret.jpg",
                "../0123456789abcdef0123456789abcdef.jpg", "sub/0123456789abcdef0123456789abcdef.jpg",
                "avatar.jpg", "0123456789ABCDEF0123456789ABCDEF.jpg", dataDir.resolve("secret.jpg").toString(), "",
                ".jpg", "0123456789abcdef0123456789abcdef.jpg\0", "0123456789abcdef0123456789abcdef.jpg/..")) {
            assertTrue(store.get(key).isEmpty(), key);
        }
        assertTrue(store.get(null).isEmpty());
        assertTrue(store.get("fedcba9876543210fedcba9876543210.jpg").isEmpty(), "a well-formed key not stored");
    }

    @Test
    void onlyWellFormedKeysAreDeleted() throws Exception {
        Path folder = dataDir.resolve("media");
        LocalMediaStore store = new LocalMediaStore(folder);
        String key = store.put(PHOTO);
        Path outside = Files.write(dataDir.resolve("secret.jpg"), PHOTO);
        Path odd = Files.write(folder.resolve("avatar.jpg"), PHOTO);

        store.delete("../secret.jpg");
        store.delete("avatar.jpg");
        store.delete(key.toUpperCase());
        store.delete(null);

        assertAll(() -> assertTrue(Files.exists(outside)), () -> assertTrue(Files.exists(odd)),
                () -> assertTrue(store.get(key).isPresent()));
    }

    @Test
    void aFolderThatCannotBeMadeIsUnavailable() throws Exception {
        Path blocked = Files.writeString(dataDir.resolve("media"), "a file where the folder should be");
        LocalMediaStore store = new LocalMediaStore(blocked);

        MediaUnavailableException e = assertThrows(MediaUnavailableException.class, () -> store.put(PHOTO));
        assertFalse(e.getMessage().isBlank());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
