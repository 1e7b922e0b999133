package com.airesume.media.boundary;

import java.util.Optional;

/**
 * Where profile photos are kept, by key. A key is what the application stores ({@code users.photo}): 128
 * random bits in hex ending in {@code .jpg}, made by the store. {@link #get} and {@link #delete} ignore anything
 * not of exactly that form, so a stored value can never reach outside the store's own photos.
 */
public interface MediaStore {

    /**
     * Keeps a JPEG (as made by {@link com.airesume.media.control.PhotoUploads#normalize}).
     *
     * @return the new photo's key
     */
    String put(byte[] jpeg) throws MediaUnavailableException;

    /** @return the photo's bytes, or empty if there is no photo under this key */
    Optional<byte[]> get(String key) throws MediaUnavailableException;

    /** Removes the photo if it is there. */
    void delete(String key) throws MediaUnavailableException;
}
