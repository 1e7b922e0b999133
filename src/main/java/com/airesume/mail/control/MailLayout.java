package com.airesume.mail.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The look of every mail: the plain-text part a person can read in any client, and a simple HTML part with
 * inline styles only (mail clients ignore style sheets), the code set large in a monospaced face so it is easy
 * to read and to copy. Every text is escaped here, whatever it holds.
 *
 * @param heading the first line
 * @param paragraphs what the mail says, in order
 * @param code a code to show on its own line, if any
 * @param footer the small print
 */
public record MailLayout(String heading, List<String> paragraphs, Optional<String> code, String footer) {

    private static final String ACCENT = "#1d4ed8";

    public MailLayout {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(footer, "footer");
        if (code.isPresent() && (paragraphs.isEmpty() || code.get().isBlank())) {
            throw new IllegalArgumentException("A code needs a paragraph to follow and must not be blank");
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(paragraphs.get(i)).append("\n\n");
            if (i == 0) {
                code.ifPresent(c -> text.append("    ").append(c).append("\n\n"));
            }
        }
        return text.append("-- \n").append(footer).append('\n').toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(heading)).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:Helvetica,Arial,")
                .append("sans-serif;color:#1f2933;\"><div style=\"max-width:520px;margin:0 auto;background:#ffffff;")
                .append("border-radius:8px;padding:32px;\"><p style=\"margin:0 0 24px;font-weight:bold;color:")
                .append(ACCENT).append(";\">AI Resume Builder</p><h1 style=\"font-size:20px;margin:0 0 16px;\">")
                .append(escape(heading)).append("</h1>");
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p style=\"font-size:16px;line-height:1.5;margin:0 0 16px;\">").append(escape(paragraphs.get(i)))
                    .append("</p>");
            if (i == 0) {
                code.ifPresent(c -> html.append("<p style=\"font-family:'Courier New',Courier,monospace;font-size:")
                        .append("32px;font-weight:bold;letter-spacing:6px;margin:8px 0 24px;padding:12px 16px;")
                        .append("background:#eef2ff;border-radius:6px;text-align:center;\">").append(escape(c))
                        .append("</p>"));
            }
        }
        return html.append("<p style=\"font-size:13px;color:#52606d;margin:24px 0 0;\">").append(escape(footer))
                .append("</p></div></body></html>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
