package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {

    @Test
    void accentedNameHasAnAsciiFallbackAndTheFullNameInUtf8() {
        assertEquals("attachment; filename=\"Zoe Lukasiewicz CV.pdf\"; "
                + "filename*=UTF-8''Zo%C3%AB%20%C5%81ukasiewicz%20CV.pdf",
                DownloadNames.attachment("Zoë Łukasiewicz CV", "pdf"));
    }

    @Test
    void nonLatinTitleFallsBackToAPlainName() {
        assertEquals("attachment; filename=\"resume.pdf\"; filename*=UTF-8''%E6%9D%8E%E5%B0%8F%E9%BE%8D.pdf",
                DownloadNames.attachment("李小龍", "pdf"));
    }

    @Test
    void quotesSeparatorsAndLineBreaksCannotBreakTheHeader() {
        String header = DownloadNames.attachment("a\"b/c\\d\r\nSet-Cookie: x=1", "json");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals("attachment; filename=\"a-b-c-d Set-Cookie- x=1.json\"; "
                + "filename*=UTF-8''a-b-c-d%20Set-Cookie-%20x%3D1.json", header);
    }

    @Test
    void aTitleOfDotsOrNothingStillNamesAFile() {
        assertEquals("resume", DownloadNames.base("../.."));
        assertEquals("resume", DownloadNames.base("   "));
        assertEquals("resume", DownloadNames.base(null));
    }

    @Test
    void aLongTitleIsShortenedWithoutSplittingACharacter() {
        String base = DownloadNames.base("😀".repeat(150));
        assertEquals(100, base.codePointCount(0, base.length()));
    }
}
