/** Storing and fetching photos by key; what other features inject is {@link com.airesume.media.boundary.MediaStore}. */
package com.airesume.media.boundary;
