package com.airesume.media.boundary;

import com.airesume.media.control.MediaKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Photos as files in one folder ({@code DATA_DIR/media}), named by their key. A photo is written to a temporary
 * file in the same folder and moved into place atomically, so a reader never sees half a photo and a crash leaves
 * at most a stray {@code .tmp} file, never a damaged photo. Only a well-formed key is turned into a path.
 */
final class LocalMediaStore implements MediaStore {

    private final Path folder;

    LocalMediaStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] jpeg) throws MediaUnavailableException {
        String key = MediaKeys.newKey();
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "upload-", ".tmp");
            try {
                Files.write(temporary, jpeg);
                Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return key;
        } catch (IOException e) {
            throw new MediaUnavailableException("Photo not written to " + folder + ": " + e, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws MediaUnavailableException {
        if (!MediaKeys.isKey(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MediaUnavailableException("Photo " + key + " not read from " + folder + ": " + e, e);
        }
    }

    @Override
    public void delete(String key) throws MediaUnavailableException {
        if (!MediaKeys.isKey(key)) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(key));
        } catch (IOException e) {
            throw new MediaUnavailableException("Photo " + key + " not deleted from " + folder + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return "local folder " + folder;
    }
}
