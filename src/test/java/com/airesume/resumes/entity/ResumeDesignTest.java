package com.airesume.resumes.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The look of a resume: only combinations that still look designed, and colours that cannot inject CSS. */
class ResumeDesignTest {

    @Test
    void theDefaultIsAClassicA4ResumeWithAReadableAccent() {
        ResumeDesign design = ResumeDesign.DEFAULT;
        assertAll(() -> assertEquals(Template.CLASSIC, design.template()),
                () -> assertEquals(Paper.A4, design.paper()), () -> assertEquals(10, design.fontSize()),
                () -> assertTrue(contrastOnWhite(design.accent()) >= 4.5,
                        "WCAG AA for text: " + contrastOnWhite(design.accent())));
    }

    @Test
    void anAccentIsKeptInLowerCase() {
        assertEquals("#1f4e79", ResumeDesign.DEFAULT.withAccent(" #1F4E79 ").accent());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1f4e79", "#fff", "#12345g", "red", "#1f4e7900", "#1f4e79; background: url(x)",
        "#1f4e79}body{display:none"})
    void anythingButSixHexDigitsIsNotAnAccent(String accent) {
        assertThrows(IllegalArgumentException.class, () -> ResumeDesign.DEFAULT.withAccent(accent));
    }

    @Test
    void textIsBetweenNineAndTwelvePoints() {
        assertAll(() -> assertEquals(9, ResumeDesign.DEFAULT.withFontSize(9).fontSize()),
                () -> assertEquals(12, ResumeDesign.DEFAULT.withFontSize(12).fontSize()),
                () -> assertThrows(IllegalArgumentException.class, () -> ResumeDesign.DEFAULT.withFontSize(8)),
                () -> assertThrows(IllegalArgumentException.class, () -> ResumeDesign.DEFAULT.withFontSize(13)));
    }

    @Test
    void aDesignNeedsATemplateAndPaper() {
        assertAll(() -> assertThrows(NullPointerException.class, () -> ResumeDesign.DEFAULT.withTemplate(null)),
                () -> assertThrows(NullPointerException.class, () -> ResumeDesign.DEFAULT.withPaper(null)));
    }

    @Test
    void onlyThePortraitTemplateShowsAPhoto() {
        assertAll(() -> assertTrue(Template.PORTRAIT.showsPhoto()),
                () -> Stream.of(Template.CLASSIC, Template.MODERN, Template.COMPACT)
                        .forEach(t -> assertFalse(t.showsPhoto(), t.key())),
                () -> assertEquals(List.of("classic", "modern", "compact", "portrait"),
                        Stream.of(Template.values()).map(Template::key).toList()));
    }

    @Test
    void paperNamesItsCssPageSize() {
        assertAll(() -> assertEquals("A4", Paper.A4.cssSize()), () -> assertEquals("letter", Paper.LETTER.cssSize()),
                () -> assertEquals("letter", Paper.LETTER.key()));
    }

    /** WCAG 2.x contrast ratio of a colour against white. */
    private static double contrastOnWhite(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
