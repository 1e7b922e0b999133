package com.airesume.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.testing.FacesClient;
import com.airesume.testing.FacesClient.Page;
import com.airesume.testing.RunningApp;
import com.airesume.testing.SharedApp;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The profile photo over HTTP: a picture with a script appended comes back clean, HTML named .jpg is refused by
 * its bytes, the photo is served only to its owner with the right type, the portrait template's PDF embeds it,
 * and removing it removes it everywhere.
 */
@ExtendWith(SharedApp.class)
class ProfilePhotoIT {

    private static final String PASSWORD = "lantern meadow quartz 9317";
    private static final Pattern PHOTO = Pattern.compile("src=\"(/accounts/profile/photo/\\?v=[0-9a-f]{32}\\.jpg)\"");
    private static final Pattern EDITOR = Pattern.compile("/resumes/edit/\\?id=(\\d+)");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final RunningApp app;

    ProfilePhotoIT(RunningApp app) {
        this.app = app;
    }

    @Test
    void aPhotoIsCleanedServedToItsOwnerOnlyPrintedAndRemovable() throws Exception {
        FacesClient owner = signedIn();
        byte[] withScript = concat(png(900, 600), "<script>alert(document.cookie)</script>".getBytes(
                StandardCharsets.UTF_8));

        Page saved = upload(owner, "me.png", withScript);

        assertTrue(saved.text().contains("Your photo is saved."), saved.text());
        Matcher src = PHOTO.matcher(saved.html());
        assertTrue(src.find(), saved.html());
        HttpResponse<byte[]> photo = owner.download(src.group(1));
        assertAll(() -> assertEquals(200, photo.statusCode()),
                () -> assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals("nosniff", photo.headers().firstValue("X-Content-Type-Options").orElseThrow()),
                () -> assertEquals(0xFF, photo.body()[0] & 0xFF),
                () -> assertEquals(0xD8, photo.body()[1] & 0xFF),
                () -> assertFalse(new String(photo.body(), StandardCharsets.ISO_8859_1).contains("<script")),
                () -> assertEquals(600, ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth()),
                () -> assertEquals(600, ImageIO.read(new ByteArrayInputStream(photo.body())).getHeight()));
        assertEquals(404, signedIn().download(src.group(1)).statusCode(), "someone else has no photo to see");

        long id = portraitResume(owner);
        try (PDDocument pdf = Loader.loadPDF(owner.download("/resumes/pdf/?id=" + id).body())) {
            PDResources resources = pdf.getPage(0).getResources();
            long images = 0;
            for (COSName name : resources.getXObjectNames()) {
                images += resources.isImageXObject(name) ? 1 : 0;
            }
            assertEquals(1, images, "the portrait template prints the photo");
        }
        assertTrue(owner.get("/resumes/preview/?id=" + id).html().contains(src.group(1)), "the preview shows it");

        Page removed = owner.submit("/accounts/profile/", "removePhotoForm", Map.of(), "removePhoto");
        assertAll(() -> assertTrue(removed.text().contains("Your photo is removed."), removed.text()),
                () -> assertEquals(404, owner.download(src.group(1)).statusCode()),
                () -> assertFalse(PHOTO.matcher(removed.html()).find()));
    }

    @Test
    void whatIsNotAPictureIsRefusedByItsBytesAndTheOldPhotoStays() throws Exception {
        FacesClient owner = signedIn();
        Page first = upload(owner, "me.png", png(300, 200));
        Matcher src = PHOTO.matcher(first.html());
        assertTrue(src.find());

        Page html = upload(owner, "photo.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8));
        Page huge = upload(owner, "huge.jpg", new byte[2 * 1024 * 1024 + 1]);
        Page nothing = upload(owner, "empty.png", new byte[0]);

        assertAll(() -> assertTrue(html.text().contains("not a JPEG, PNG or WebP picture"), html.text()),
                () -> assertTrue(huge.text().contains("larger than 2 MB"), huge.text()),
                () -> assertTrue(nothing.text().contains("Choose a picture to upload."), nothing.text()),
                () -> assertTrue(owner.get("/accounts/profile/").html().contains(src.group(1)), "the old photo stays"),
                () -> assertEquals(200, owner.download(src.group(1)).statusCode()));
    }

    private static Page upload(FacesClient client, String name, byte[] bytes) {
        return client.upload("/accounts/profile/", "photoForm", Map.of(), "photoFile", name, bytes, "uploadPhoto");
    }

    private long portraitResume(FacesClient owner) {
        Page editor = owner.submit("/dashboard/", "newResume", Map.of("title", "With photo"), "createFromProfile");
        Matcher id = EDITOR.matcher(editor.uri().toString());
        assertTrue(id.find(), editor.uri().toString());
        Page saved = owner.post(editor, "editor", Map.of("title", "With photo", "template", "PORTRAIT", "accent",
                "#1f4e79", "fontSize", "10", "paper", "A4"), "save");
        assertTrue(saved.text().contains("Saved."), saved.text());
        return Long.parseLong(id.group(1));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f4e79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private FacesClient signedIn() {
        FacesClient client = new FacesClient(app, "203.0.113." + (CLIENTS.incrementAndGet() % 250 + 1));
        String email = "photo-" + UUID.randomUUID() + "@example.com";
        Page signedUp = client.submit("/accounts/signup/", "signup", Map.of("firstName", "Zoë", "lastName",
                "Łukasiewicz", "email", email, "password", PASSWORD, "confirmPassword", PASSWORD), "submit");
        assertEquals("/accounts/login/", signedUp.path(), signedUp.messages().toString());
        assertEquals("/dashboard/", client.submit("/accounts/login/", "loginForm", Map.of("login", email,
                "password", PASSWORD), "submit").path());
        return client;
    }
}
