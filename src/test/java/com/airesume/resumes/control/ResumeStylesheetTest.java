package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The style sheet of a design: the person's colour, size and paper, and nothing a browser or the PDF would fetch. */
class ResumeStylesheetTest {

    @ParameterizedTest
    @EnumSource(Template.class)
    void theDesignIsFilledInAndNothingIsLeftToFetch(Template template) {
        ResumeDesign design = new ResumeDesign(template, "#7a1f5c", 11, Paper.LETTER);
        String css = ResumeStylesheet.css(design);
        assertAll(() -> assertTrue(css.contains("size: letter;"), "page size"),
                () -> assertTrue(css.contains("font-size: 11pt;"), "text size"),
                () -> assertTrue(css.contains("width: 8.5in;"), "the preview is as wide as the paper"),
                () -> assertTrue(css.contains("color: #7a1f5c;"), "accent"),
                () -> assertFalse(css.contains("#1f4e79"), "no colour of the default design"),
                () -> assertFalse(css.contains("var("), "every colour is a value"),
                () -> assertFalse(css.contains("url("), "no resource to fetch"),
                () -> assertFalse(css.contains("@import"), "no other sheet"),
                () -> assertTrue(css.contains("'Noto Sans', 'Droid Sans Fallback'"), "the embedded fonts"),
                () -> assertEquals(css.chars().filter(c -> c == '{').count(),
                        css.chars().filter(c -> c == '}').count(), "balanced braces"));
    }

    @Test
    void theTemplatesDiffer() {
        String classic = ResumeStylesheet.css(ResumeDesign.DEFAULT);
        String modern = ResumeStylesheet.css(ResumeDesign.DEFAULT.withTemplate(Template.MODERN));
        assertAll(() -> assertTrue(classic.contains("'Noto Serif'"), "classic headings are serif"),
                () -> assertTrue(modern.contains(".sidebar"), "modern has a sidebar"),
                () -> assertTrue(classic.contains("size: A4;")), () -> assertTrue(classic.contains("width: 210mm;")));
    }

    @Test
    void lighterShadesAreTheAccentMixedWithWhite() {
        assertAll(() -> assertEquals("#808080", ResumeStylesheet.mixWithWhite("#000000", 0.5)),
                () -> assertEquals("#ffffff", ResumeStylesheet.mixWithWhite("#1f4e79", 0)),
                () -> assertEquals("#1f4e79", ResumeStylesheet.mixWithWhite("#1f4e79", 1)));
    }
}
