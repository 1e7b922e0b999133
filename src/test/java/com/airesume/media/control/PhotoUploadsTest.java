package com.airesume.media.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.media.control.PhotoUploads.Format;
import com.airesume.media.control.RejectedPhotoException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Profile photo uploads: real JPEG, PNG and WebP files come out as clean square JPEGs; anything else, anything
 * too big and anything broken is refused with the reason the page shows.
 */
class PhotoUploadsTest {

    private static final int SOF0 = 0xC0;
    private static final int SOF2 = 0xC2;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int COM = 0xFE;

    @Test
    void aJpegLosesItsExifAndCommentAndComesOutAsABaselineJpeg() throws Exception {
        byte[] plain = write(gradient(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] upload = withSegmentsAfterSoi(plain,
                segment(APP1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                        "MM\0*GPS 48.8584N 2.2945E serial CAM-0042".getBytes(StandardCharsets.ISO_8859_1))),
                segment(APP2, "ICC_PROFILE\0\1\1fake profile".getBytes(StandardCharsets.ISO_8859_1)),
                segment(COM, "shot at home, 12 Rue Example".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(markers(upload).containsAll(List.of(APP1, APP2, COM)), "the sample carries the metadata");

        byte[] jpeg = PhotoUploads.normalize(upload);

        List<Integer> markers = markers(jpeg);
        String text = new String(jpeg, StandardCharsets.ISO_8859_1);
        BufferedImage out = read(jpeg);
        assertAll(() -> assertTrue(markers.contains(SOF0), "baseline: " + markers),
                () -> assertFalse(markers.contains(SOF2), "not progressive: " + markers),
                () -> assertFalse(markers.contains(APP1), "no EXIF: " + markers),
                () -> assertFalse(markers.contains(APP2), "no ICC profile: " + markers),
                () -> assertFalse(markers.contains(COM), "no comment: " + markers),
                () -> assertFalse(text.contains("GPS") || text.contains("CAM-0042") || text.contains("Rue Example")),
                () -> assertEquals(300, out.getWidth()),
                () -> assertEquals(300, out.getHeight()));
    }

    @Test
    void aTransparentPngBecomesAnOpaqueJpegOverWhite() throws Exception {
        BufferedImage png = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = png.createGraphics();
        g.setColor(new Color(200, 0, 0));
        g.fillRect(50, 0, 50, 100);
        g.dispose();

        byte[] jpeg = PhotoUploads.normalize(write(png, "png"));

        BufferedImage out = read(jpeg);
        assertAll(() -> assertEquals(Format.JPEG, format(jpeg)),
                () -> assertFalse(out.getColorModel().hasAlpha()),
                () -> assertNear(Color.WHITE, out.getRGB(10, 50), "where the PNG was transparent"),
                () -> assertNear(new Color(200, 0, 0), out.getRGB(90, 50), "where it was red"));
    }

    @Test
    void aWebpIsAcceptedAndItsTransparencyTurnsWhite() throws Exception {
        byte[] webp = resource("/media/photo.webp");
        assertEquals(Format.WEBP, format(webp), "the fixture is a WebP");

        BufferedImage out = read(PhotoUploads.normalize(webp));

        assertAll(() -> assertEquals(64, out.getWidth(), "96×64 cropped to its height"),
                () -> assertEquals(64, out.getHeight()),
                () -> assertNear(Color.WHITE, out.getRGB(2, 32), "the transparent left edge"),
                () -> assertNear(new Color(0x20, 2 * 48, 0xC0), out.getRGB(32, 32), "the middle"));
    }

    @Test
    void aScriptAppendedAfterTheImageIsNotKept() throws Exception {
        byte[] png = write(gradient(120, 120, BufferedImage.TYPE_INT_RGB), "png");
        byte[] upload = concat(png, "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII));

        byte[] jpeg = PhotoUploads.normalize(upload);

        assertAll(() -> assertEquals(Format.JPEG, format(jpeg)),
                () -> assertFalse(new String(jpeg, StandardCharsets.ISO_8859_1).contains("<script")),
                () -> assertEquals(120, read(jpeg).getWidth()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><script>alert(1)</script>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "%PDF-1.4\n%âãÏÓ\n1 0 obj",
            "RIFF\0\0\0\0WAVEfmt ", "BM6\0\0\0\0\0\0\0", "\u0089PNG"})
    void bytesThatAreNoJpegPngOrWebpAreNotAnImage(String upload) {
        assertRejected(Reason.NOT_AN_IMAGE, upload.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aGifIsNotAnImageForAPhoto() throws Exception {
        byte[] gif = write(gradient(50, 50, BufferedImage.TYPE_BYTE_INDEXED), "gif");
        assertTrue(new String(gif, StandardCharsets.ISO_8859_1).startsWith("GIF8"), "the sample is a GIF");
        assertRejected(Reason.NOT_AN_IMAGE, gif);
    }

    @Test
    void nothingIsEmpty() {
        assertAll(() -> assertRejected(Reason.EMPTY, new byte[0]),
                () -> assertRejected(Reason.EMPTY, null));
    }

    @Test
    void moreThanTwoMegabytesIsTooLargeEvenIfItLooksLikeAJpeg() {
        byte[] limit = jpegPrefixed(PhotoUploads.MAX_BYTES);
        byte[] over = jpegPrefixed(PhotoUploads.MAX_BYTES + 1);
        assertAll(() -> assertRejected(Reason.TOO_LARGE, over),
                () -> assertRejected(Reason.UNREADABLE, limit, "at the limit it is looked at, and is garbage"));
    }

    @Test
    void aPngOfTwentyFiveMegapixelsIsRefused() throws Exception {
        BufferedImage huge = new BufferedImage(5000, 5000, BufferedImage.TYPE_BYTE_BINARY);
        byte[] png = write(huge, "png");
        assertTrue(png.length < 100_000, "it compresses to " + png.length + " bytes");

        assertRejected(Reason.TOO_MANY_PIXELS, png);
    }

    @Test
    void theSizeIsJudgedFromTheHeaderBeforeAnyPixelIsDecoded() {
        // IHDR and IEND, no image data: decoding would fail as UNREADABLE, so TOO_MANY_PIXELS proves it never began.
        assertAll(() -> assertRejected(Reason.TOO_MANY_PIXELS, pngHeaderOnly(5000, 5000)),
                () -> assertRejected(Reason.TOO_MANY_PIXELS, pngHeaderOnly(60_000, 60_000)),
                () -> assertRejected(Reason.UNREADABLE, pngHeaderOnly(4000, 4000), "under the limit it is decoded"),
                () -> assertRejected(Reason.TOO_MANY_PIXELS, webpHeaderOnly(10_000, 10_000)),
                () -> assertRejected(Reason.TOO_MANY_PIXELS, jpegClaiming(10_000, 10_000)));
    }

    @Test
    void aTruncatedJpegIsUnreadable() throws Exception {
        byte[] jpeg = write(noise(300, 300), "jpeg");
        assertAll(() -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(jpeg, jpeg.length / 2)),
                () -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(jpeg, 200)),
                () -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(jpeg, 3)));
    }

    @Test
    void aJpegSignatureBeforeSomethingElseIsUnreadable() {
        assertRejected(Reason.UNREADABLE, "\u00FF\u00D8\u00FF<!DOCTYPE html><script>alert(1)</script>".getBytes(
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void aTruncatedWebpIsUnreadable() throws Exception {
        byte[] webp = resource("/media/photo.webp");
        assertAll(() -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(webp, webp.length / 2)),
                () -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(webp, 40)));
    }

    @Test
    void aTruncatedOrCorruptPngIsUnreadable() throws Exception {
        byte[] png = write(noise(100, 100), "png");
        byte[] corrupt = png.clone();
        for (int i = 60; i < corrupt.length - 20; i++) {
            corrupt[i] = (byte) 0x5A;
        }
        assertAll(() -> assertRejected(Reason.UNREADABLE, Arrays.copyOf(png, png.length / 2)),
                () -> assertRejected(Reason.UNREADABLE, corrupt),
                () -> assertRejected(Reason.UNREADABLE, "\u0089PNG\r\n\u001A\n<html>".getBytes(
                        StandardCharsets.ISO_8859_1)),
                () -> assertRejected(Reason.UNREADABLE, "RIFF\0\0\0\0WEBPVP8 garbage".getBytes(
                        StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aLargePhotoIsCroppedToItsCentreAndScaledDownTo600() throws Exception {
        BufferedImage stripes = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stripes.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 1000, 1000);
        g.setColor(Color.GREEN);
        g.fillRect(1000, 0, 1000, 1000);
        g.setColor(Color.BLUE);
        g.fillRect(2000, 0, 1000, 1000);
        g.dispose();

        BufferedImage out = read(PhotoUploads.normalize(write(stripes, "png")));

        assertAll(() -> assertEquals(PhotoUploads.MAX_SIDE, out.getWidth()),
                () -> assertEquals(PhotoUploads.MAX_SIDE, out.getHeight()),
                () -> assertNear(Color.GREEN, out.getRGB(5, 5), "top left is the middle stripe"),
                () -> assertNear(Color.GREEN, out.getRGB(594, 594), "bottom right too"));
    }

    @Test
    void aTallPhotoIsCroppedToItsCentre() throws Exception {
        BufferedImage portrait = new BufferedImage(200, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = portrait.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 200, 1400);
        g.setColor(Color.WHITE);
        g.fillRect(0, 600, 200, 200);
        g.dispose();

        BufferedImage out = read(PhotoUploads.normalize(write(portrait, "jpeg")));

        assertAll(() -> assertEquals(200, out.getWidth()),
                () -> assertEquals(200, out.getHeight()),
                () -> assertNear(Color.WHITE, out.getRGB(100, 100), "the middle band fills the square"));
    }

    @Test
    void aSmallPhotoIsNotUpscaled() throws Exception {
        BufferedImage out = read(PhotoUploads.normalize(write(gradient(300, 200, BufferedImage.TYPE_INT_RGB),
                "jpeg")));
        assertAll(() -> assertEquals(200, out.getWidth()), () -> assertEquals(200, out.getHeight()));
    }

    @Test
    void theOutputIsAcceptedAgainUnchangedInSize() throws Exception {
        byte[] once = PhotoUploads.normalize(write(noise(900, 700), "jpeg"));
        byte[] twice = PhotoUploads.normalize(once);
        assertAll(() -> assertEquals(600, read(once).getWidth()), () -> assertEquals(600, read(twice).getWidth()),
                () -> assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                        Arrays.copyOf(twice, 3)));
    }

    private static void assertRejected(Reason reason, byte[] upload) {
        assertRejected(reason, upload, null);
    }

    private static void assertRejected(Reason reason, byte[] upload, String why) {
        RejectedPhotoException e = assertThrows(RejectedPhotoException.class, () -> PhotoUploads.normalize(upload),
                why);
        assertEquals(reason, e.reason(), () -> (why == null ? "" : why + ": ") + e.getMessage());
    }

    private static Format format(byte[] bytes) {
        return Format.of(bytes).orElse(null);
    }

    private static void assertNear(Color expected, int rgb, String where) {
        Color actual = new Color(rgb);
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen()
                - actual.getGreen()) + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance <= 30, where + ": expected " + expected + ", was " + actual);
    }

    private static BufferedImage gradient(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, 128).getRGB());
            }
        }
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "a writer for " + format);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertTrue(image != null, "the output is an image ImageIO reads");
        return image;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoUploadsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** The JPEG's markers from SOI to the start of scan. */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF);
        }
        return markers;
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    private static byte[] withSegmentsAfterSoi(byte[] jpeg, byte[]... segments) {
        byte[] result = Arrays.copyOf(jpeg, 2);
        for (byte[] segment : segments) {
            result = concat(result, segment);
        }
        return concat(result, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] jpegPrefixed(int length) {
        byte[] bytes = new byte[length];
        byte[] prefix = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }

    private static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg;
        try {
            jpeg = write(gradient(16, 16, BufferedImage.TYPE_INT_RGB), "jpeg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = 2;
        while ((jpeg[i + 1] & 0xFF) != SOF0) {
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF);
        }
        jpeg[i + 5] = (byte) (height >> 8);
        jpeg[i + 6] = (byte) height;
        jpeg[i + 7] = (byte) (width >> 8);
        jpeg[i + 8] = (byte) width;
        return jpeg;
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                concat(pngChunk("IHDR", header.array()), pngChunk("IEND", new byte[0])));
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeAndData)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] webpHeaderOnly(int width, int height) {
        ByteBuffer vp8x = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        putUnsigned24(vp8x, width - 1);
        putUnsigned24(vp8x, height - 1);
        return vp8x.array();
    }

    private static void putUnsigned24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
