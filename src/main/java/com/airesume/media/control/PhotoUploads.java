package com.airesume.media.control;

import com.airesume.media.control.RejectedPhotoException.Reason;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What an uploaded profile photo must be, and the JPEG that is kept instead of it.
 *
 * <p>The type is told by the first bytes only; a file name or a Content-Type is the sender's claim. Only JPEG,
 * PNG and WebP pass. The reader for the sniffed type reads the dimensions from the header first, so an image
 * that would unpack to more than {@link #MAX_PIXELS} (a decompression bomb) is refused before a pixel is
 * decoded. A truncated JPEG is unreadable although libjpeg only warns and fills the missing part with grey; its
 * warnings are told apart by their text ({@code Truncated File}, {@code premature end}), the only thing ImageIO
 * passes on, fixed in libjpeg's message table and the JDK's only (English) bundle. Other warnings (an invalid
 * colour profile, stray bytes between markers, common in camera files) are ones the decoder recovered from.
 *
 * <p>The upload itself is never kept. Its pixels are centre-cropped to a square, scaled down (never up) to at
 * most {@link #MAX_SIDE} pixels in bicubic halving steps (one large step skips most source pixels and aliases),
 * drawn over white onto an opaque canvas (PNG and WebP may be transparent, JPEG cannot be), and written as a
 * baseline JPEG at quality 0.9. So nothing of the upload but its pixels survives: no EXIF (GPS position, camera
 * serial), no ICC profile (a wide-gamut photo's colours come out slightly duller), no comment, nothing appended
 * after the image. The EXIF orientation is deliberately not applied: a photo whose camera recorded its rotation
 * only in that tag is kept as its pixels are stored, and the person sees it on the page at once and can upload
 * it turned. A photo at the pixel limit takes some 80 MB of heap while it is decoded.
 *
 * <p>WebP is read by TwelveMonkeys' reader, instantiated directly: the ImageIO plugin registry is filled from the
 * class loader that first touches it, which in an application server need not be the web application's.
 */
public final class PhotoUploads {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final long MAX_PIXELS = 20_000_000;
    public static final int MAX_SIDE = 600;

    private static final float QUALITY = 0.9f;
    private static final Pattern INCOMPLETE = Pattern.compile("truncated|premature end", Pattern.CASE_INSENSITIVE);

    private PhotoUploads() {
    }

    /**
     * @return a baseline JPEG, square, at most {@link #MAX_SIDE} pixels wide, holding only the upload's pixels
     * @throws RejectedPhotoException naming why the upload is not a usable photo
     */
    public static byte[] normalize(byte[] upload) throws RejectedPhotoException {
        if (upload == null || upload.length == 0) {
            throw new RejectedPhotoException(Reason.EMPTY, "The photo upload is empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new RejectedPhotoException(Reason.TOO_LARGE,
                    "The photo upload has " + upload.length + " bytes, more than " + MAX_BYTES);
        }
        Format format = Format.of(upload).orElseThrow(() -> new RejectedPhotoException(Reason.NOT_AN_IMAGE,
                "The photo upload is neither JPEG, PNG nor WebP (starts with " + hex(upload) + ")"));
        return encode(square(decode(upload, format)));
    }

    /** The types accepted, each told by its signature. */
    enum Format {
        JPEG, PNG, WEBP;

        private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);

        static Optional<Format> of(byte[] bytes) {
            if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
                return Optional.of(JPEG);
            }
            if (startsWith(bytes, 0, PNG_SIGNATURE)) {
                return Optional.of(PNG);
            }
            if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TAG)) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }

        ImageReader reader(ImageInputStream stream) throws IOException {
            if (this == WEBP) {
                WebPImageReaderSpi spi = new WebPImageReaderSpi();
                if (spi.canDecodeInput(stream)) {
                    return spi.createReaderInstance();
                }
                throw new IOException("The WebP reader does not accept this stream");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(this == JPEG ? "jpeg" : "png");
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (reader.getOriginatingProvider().canDecodeInput(stream)) {
                    return reader;
                }
                reader.dispose();
            }
            throw new IOException("No " + this + " reader accepts this stream");
        }

        private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
            return bytes.length >= offset + prefix.length
                    && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
        }
    }

    private static BufferedImage decode(byte[] upload, Format format) throws RejectedPhotoException {
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = format.reader(stream);
            try {
                reader.setInput(stream, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new RejectedPhotoException(Reason.TOO_MANY_PIXELS, "The " + format + " photo is " + width
                            + "×" + height + " pixels, more than " + MAX_PIXELS);
                }
                if (width < 1 || height < 1) {
                    throw new RejectedPhotoException(Reason.UNREADABLE, "The " + format + " photo has no pixels");
                }
                List<String> incomplete = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (INCOMPLETE.matcher(warning).find()) {
                        incomplete.add(warning);
                    }
                });
                BufferedImage image = reader.read(0);
                if (!incomplete.isEmpty()) {
                    throw new RejectedPhotoException(Reason.UNREADABLE,
                            "The " + format + " photo is incomplete: " + String.join("; ", incomplete));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new RejectedPhotoException(Reason.UNREADABLE, "The " + format + " photo cannot be decoded: " + e, e);
        }
    }

    private static BufferedImage square(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage current = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2,
                side, side);
        int target = Math.min(side, MAX_SIDE);
        int size = side;
        do {
            size = Math.max(target, size / 2);
            current = drawOnWhite(current, size);
        } while (size > target);
        return current;
    }

    private static BufferedImage drawOnWhite(BufferedImage source, int size) {
        BufferedImage canvas = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
                    RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.drawImage(source, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a JPEG to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            text.append(String.format("%02X ", bytes[i]));
        }
        return text.toString().strip();
    }
}
