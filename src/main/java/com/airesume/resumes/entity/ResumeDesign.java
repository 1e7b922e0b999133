package com.airesume.resumes.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a resume looks, apart from its content: the template, one accent colour, the body text size and the paper.
 * The choices are deliberately few, so that every combination still looks designed. The default accent, a deep
 * blue, has a contrast of 8.7:1 against white, well above the 4.5:1 that WCAG asks of text.
 *
 * @param template the layout
 * @param accent the accent colour as {@code #rrggbb}; upper-case digits are taken and written in lower case
 * @param fontSize the body text size in points, from {@link #MIN_FONT_SIZE} to {@link #MAX_FONT_SIZE}
 * @param paper the page size
 */
public record ResumeDesign(Template template, String accent, int fontSize, Paper paper) {

    /** An accent colour: {@code #} and six lower-case hexadecimal digits. */
    public static final Pattern ACCENT = Pattern.compile("#[0-9a-f]{6}");

    /** Smaller than 9 pt is hard to read on paper. */
    public static final int MIN_FONT_SIZE = 9;

    /** Larger than 12 pt looks like a letter to a child. */
    public static final int MAX_FONT_SIZE = 12;

    public static final ResumeDesign DEFAULT = new ResumeDesign(Template.CLASSIC, "#1f4e79", 10, Paper.A4);

    public ResumeDesign {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(paper, "paper");
        accent = accent == null ? null : accent.strip().toLowerCase(Locale.ROOT);
        if (accent == null || !ACCENT.matcher(accent).matches()) {
            throw new IllegalArgumentException("Not an accent colour (#rrggbb): " + accent);
        }
        if (fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
            throw new IllegalArgumentException(
                    "Font size " + fontSize + " pt is not within " + MIN_FONT_SIZE + ".." + MAX_FONT_SIZE);
        }
    }

    public ResumeDesign withTemplate(Template template) {
        return new ResumeDesign(template, accent, fontSize, paper);
    }

    public ResumeDesign withAccent(String accent) {
        return new ResumeDesign(template, accent, fontSize, paper);
    }

    public ResumeDesign withFontSize(int fontSize) {
        return new ResumeDesign(template, accent, fontSize, paper);
    }

    public ResumeDesign withPaper(Paper paper) {
        return new ResumeDesign(template, accent, fontSize, paper);
    }
}
