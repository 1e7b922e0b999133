package com.airesume.resumes.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What PDFBox uses for a font a PDF names without embedding it: one shipped font, whatever the name.
 *
 * <p>PDFBox's own mapper looks such fonts up among the fonts installed on the machine: the first time it is asked
 * it reads every font file it can find and writes what it found to {@code ~/.pdfbox.cache}, which made the first
 * export of a process slow and wrote outside {@code DATA_DIR}, in a home directory many containers cannot write.
 * Only openhtmltopdf asks, for the standard 14 fonts it keeps as last resorts; a PDF names those without
 * embedding them, so a reader draws them with its own copy, and PDFBox measures them with the metrics it carries.
 * The stand-in is therefore never drawn, and it is not reported as a fallback, which PDFBox would warn about on
 * every export.
 */
final class ShippedFontMapper implements FontMapper {

    private final TrueTypeFont font;

    /** @param trueType a TrueType font file, parsed once and shared by every render */
    ShippedFontMapper(byte[] trueType) {
        try {
            font = new TTFParser().parse(new RandomAccessReadBuffer(trueType));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the shipped font", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor,
            PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
