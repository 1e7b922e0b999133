package com.airesume.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a PDF as pictures, so that a test can save what a person would see when they open the file. */
public final class PdfPages {

    /** Enough to read 9 pt text in the picture, small enough to keep screenshots light. */
    private static final float DPI = 110;

    private PdfPages() {
    }

    /** Saves one page (from 0) as a PNG, creating the folders it needs. */
    public static void savePng(byte[] pdf, int pageIndex, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI);
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (!ImageIO.write(image, "png", target.toFile())) {
                throw new IOException("No PNG writer for " + target);
            }
        }
    }
}
