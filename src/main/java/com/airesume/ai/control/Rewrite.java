package com.airesume.ai.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A text as a rule-based rewrite left it, with each change it made, so the page can say why the text changed.
 *
 * @param text the rewritten text; equal to the original when no rule applied
 * @param changes what was replaced by what, in the order made
 */
public record Rewrite(String text, List<Change> changes) implements Serializable {

    /**
     * One replacement.
     *
     * @param before the words as they were
     * @param after the words that replaced them; empty when they were removed
     */
    public record Change(String before, String after) implements Serializable {

        public Change {
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
        }
    }

    public Rewrite {
        Objects.requireNonNull(text);
        changes = List.copyOf(changes);
    }

    /** The text unchanged. */
    public static Rewrite none(String text) {
        return new Rewrite(text, List.of());
    }
}
