package com.airesume.ai.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a resume matches a job posting, and edits that would match it better.
 *
 * @param match the keyword score and where each keyword is, or is missing
 * @param edits suggested edits, most useful first
 * @param labels each keyword as the resume spells it, else as the posting does
 */
public record TailorReport(KeywordMatch.Result match, List<Edit> edits, Map<String, String> labels)
        implements AiResult {

    public TailorReport {
        Objects.requireNonNull(match);
        edits = List.copyOf(edits);
        labels = Map.copyOf(labels);
    }

    /** The keyword as the person reads it. */
    public String label(String term) {
        return labels.getOrDefault(term, term);
    }

    /** What an edit changes. */
    public enum Kind {
        /** Add skills the posting asks for to the Skills section ({@code after} lists them, comma-separated). */
        ADD_SKILLS,
        /** Replace the summary with {@code after}. */
        SUMMARY,
        /** Replace the highlight {@code before} with {@code after}. */
        LINE,
        /** Show the skills in {@code terms}, now only listed under Skills, in a job's highlights. */
        SHOW_IN_WORK,
        /** Use the posting's words in {@code terms} where they are true of you. */
        USE_TERMS,
        /** An external model's advice, shown as it came ({@code after}). */
        ADVICE
    }

    /**
     * One suggested edit.
     *
     * @param kind what it changes
     * @param before the text it replaces, if any
     * @param after the suggested text, if any
     * @param terms the keywords it is about
     */
    public record Edit(Kind kind, String before, String after, List<String> terms) implements Serializable {

        public Edit {
            Objects.requireNonNull(kind);
            before = before == null ? "" : before;
            after = after == null ? "" : after;
            terms = List.copyOf(terms);
        }

        /** Whether the page can apply it to the resume, rather than only advise it. */
        public boolean applicable() {
            return kind == Kind.ADD_SKILLS || kind == Kind.SUMMARY || kind == Kind.LINE;
        }

        public List<TextDiff.Piece> diff() {
            return TextDiff.compare(before, after);
        }
    }
}
