package com.airesume.resumes.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download named after a resume, as RFC 6266 describes: {@code filename=}
 * with a plain ASCII name every browser understands (accents dropped, anything else replaced) and
 * {@code filename*=} with the full name in UTF-8 for browsers that read it, so "Zoë's CV / 2026" downloads as
 * {@code Zoë's CV - 2026.pdf} where it can, and as {@code Zoe's CV - 2026.pdf} where it cannot.
 */
public final class DownloadNames {

    private static final int MAX_BASE = 100;

    private DownloadNames() {
    }

    public static String attachment(String title, String extension) {
        String base = base(title);
        String ascii = ascii(base);
        return "attachment; filename=\"" + ascii + "." + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(base + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The title without what a file name may not hold: path separators, quotes, control characters. */
    static String base(String title) {
        String cleaned = title == null ? "" : title.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .map(c -> "/\\:*?\"<>|".indexOf(c) >= 0 ? '-' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("^[.\\s-]+", "");
        if (cleaned.isEmpty()) {
            return "resume";
        }
        return cleaned.codePointCount(0, cleaned.length()) <= MAX_BASE ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_BASE)).strip();
    }

    static String ascii(String base) {
        String folded = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss");
        String ascii = folded.codePoints().map(c -> c >= 0x20 && c < 0x7f ? c : '_')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll("_+", "_").strip();
        return ascii.isEmpty() || ascii.chars().allMatch(c -> c == '_' || c == ' ') ? "resume" : ascii;
    }
}
