package com.airesume.ai.control;

import java.util.List;
import java.util.Objects;

/**
 * A suggested text, never applied by itself: the person accepts, edits or discards it.
 *
 * @param original the text the person asked about; empty for a written summary or suggested bullets
 * @param text the suggested text; empty when the suggestion is a list of {@code lines}
 * @param lines suggested new lines (bullets), each accepted on its own
 * @param problems what the built-in engine found weak in the original
 * @param changes what the built-in engine replaced, and with what
 */
public record Suggestion(String original, String text, List<String> lines, List<WritingAdvice.Problem> problems,
        List<Rewrite.Change> changes) implements AiResult {

    public Suggestion {
        Objects.requireNonNull(original);
        Objects.requireNonNull(text);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** A rewrite of {@code original}. */
    public static Suggestion of(String original, Rewrite rewrite) {
        return new Suggestion(original, rewrite.text(), List.of(), List.of(), rewrite.changes());
    }

    /** A text written from nothing, or a model's answer. */
    public static Suggestion text(String original, String text) {
        return new Suggestion(original, text, List.of(), List.of(), List.of());
    }

    /** New lines to add. */
    public static Suggestion lines(List<String> lines) {
        return new Suggestion("", "", lines, List.of(), List.of());
    }

    /** Whether the suggestion leaves the original as it was. */
    public boolean unchanged() {
        return lines.isEmpty() && text.strip().equals(original.strip());
    }

    /** The original and the suggestion, word by word. */
    public List<TextDiff.Piece> diff() {
        return TextDiff.compare(original, text);
    }
}
