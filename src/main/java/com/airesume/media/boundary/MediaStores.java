package com.airesume.media.boundary;

import com.airesume.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Makes the one {@link MediaStore} of this process injectable: Cloudinary when {@code CLOUDINARY_URL} is set,
 * otherwise the folder {@code media} under {@code DATA_DIR}. The local folder suits one instance with a
 * persistent disk; several instances, or a host whose disk is wiped on deploy, need Cloudinary.
 */
@ApplicationScoped
public class MediaStores {

    @Produces
    @ApplicationScoped
    MediaStore mediaStore(Settings settings) {
        return settings.cloudinary().<MediaStore>map(CloudinaryMediaStore::of)
                .orElseGet(() -> new LocalMediaStore(settings.dataDir().resolve("media")));
    }
}
