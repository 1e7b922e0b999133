-- A profile photo: the key under which the media store (local disk or Cloudinary) keeps the re-encoded JPEG.
ALTER TABLE users ADD COLUMN photo VARCHAR(100);
