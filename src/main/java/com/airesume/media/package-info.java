/**
 * Profile photos: what an upload must be to be kept, and where the kept JPEG lives (a folder under
 * {@code DATA_DIR}, or Cloudinary when {@code CLOUDINARY_URL} is set).
 */
package com.airesume.media;
