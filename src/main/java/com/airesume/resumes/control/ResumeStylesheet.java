package com.airesume.resumes.control;

import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The style sheet of a resume design: {@code templates/base.css} and the template's own file, read once from the
 * class path, with the design's colours, text size and paper filled in.
 * <p>
 * The files name the colours {@code var(--accent)}, {@code var(--accent-soft)} (rules) and
 * {@code var(--accent-tint)} (backgrounds), which are replaced here by plain values, because openhtmltopdf does
 * not know custom properties; the two lighter shades are the accent mixed with white, so every accent gives a
 * matching set. Page size and text size are rules appended at the end, where they win over the files. Sizes in
 * the files are in {@code em}, so the whole design scales with the one text size.
 */
public final class ResumeStylesheet {

    private static final String FOLDER = "/com/airesume/resumes/templates/";
    private static final Map<Template, String> SHEETS = new EnumMap<>(Template.class);

    static {
        String base = read("base.css");
        for (Template template : Template.values()) {
            SHEETS.put(template, base + "\n" + read(template.key() + ".css"));
        }
    }

    private ResumeStylesheet() {
    }

    public static String css(ResumeDesign design) {
        String accent = design.accent();
        String sheet = SHEETS.get(design.template())
                .replace("var(--accent-soft)", mixWithWhite(accent, 0.38))
                .replace("var(--accent-tint)", mixWithWhite(accent, 0.075))
                .replace("var(--accent)", accent);
        boolean a4 = design.paper() == Paper.A4;
        return sheet + "\n/* The design */\n\n"
                + "@page {\n    size: " + design.paper().cssSize() + ";\n}\n\n"
                + "body {\n    font-size: " + design.fontSize() + "pt;\n}\n\n"
                + "@media screen {\n    body {\n        width: " + (a4 ? "210mm" : "8.5in") + ";\n"
                + "        min-height: " + (a4 ? "297mm" : "11in") + ";\n    }\n}\n";
    }

    /** The colour with {@code share} of it and the rest white, as {@code #rrggbb}. */
    static String mixWithWhite(String color, double share) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        StringBuilder mixed = new StringBuilder("#");
        for (int shift = 16; shift >= 0; shift -= 8) {
            int channel = (rgb >> shift) & 0xff;
            mixed.append(String.format("%02x", (int) Math.round(channel * share + 255 * (1 - share))));
        }
        return mixed.toString();
    }

    private static String read(String file) {
        try (InputStream in = ResumeStylesheet.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing template style sheet " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
