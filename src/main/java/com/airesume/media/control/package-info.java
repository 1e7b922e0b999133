/**
 * Plain rules of media: which uploads are photos, how they are re-encoded, what a key looks like. Tested without a
 * container.
 */
package com.airesume.media.control;
