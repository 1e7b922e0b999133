package com.airesume.ai.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word comparison of a text and its suggested rewrite, so the page can mark what a suggestion removes
 * from the original and what it adds. Words and punctuation are compared as a longest common subsequence, each
 * with the spaces after it, so a replaced phrase shows as one run. Texts longer than {@value #MAX_TOKENS} tokens
 * are shown as wholly replaced, which keeps the table small for the longest field the editor allows.
 */
public final class TextDiff {

    static final int MAX_TOKENS = 1500;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+\\s*|[^\\p{L}\\p{N}\\s]\\s*|\\s+");

    /** Whether a piece is in both texts, only in the original, or only in the rewrite. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /**
     * A run of text of one kind.
     *
     * @param text the words and spaces
     * @param kind whether it is kept, removed or added
     */
    public record Piece(String text, Kind kind) implements Serializable {

        public Piece {
            Objects.requireNonNull(text);
            Objects.requireNonNull(kind);
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    private TextDiff() {
    }

    /** The pieces of both texts in reading order: kept, removed and added runs, merged where adjacent. */
    public static List<Piece> compare(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            List<Piece> whole = new ArrayList<>();
            add(whole, String.join("", a), Kind.REMOVED);
            add(whole, String.join("", b), Kind.ADDED);
            return whole;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = same(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                add(pieces, b.get(j++), Kind.SAME);
                i++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(pieces, a.get(i++), Kind.REMOVED);
            } else {
                add(pieces, b.get(j++), Kind.ADDED);
            }
        }
        while (i < a.size()) {
            add(pieces, a.get(i++), Kind.REMOVED);
        }
        while (j < b.size()) {
            add(pieces, b.get(j++), Kind.ADDED);
        }
        return Collections.unmodifiableList(pieces);
    }

    /** The original's side: kept and removed pieces. */
    public static List<Piece> original(List<Piece> pieces) {
        return pieces.stream().filter(p -> !p.isAdded()).toList();
    }

    /** The rewrite's side: kept and added pieces. */
    public static List<Piece> rewrite(List<Piece> pieces) {
        return pieces.stream().filter(p -> !p.isRemoved()).toList();
    }

    /** Tokens are the same whatever spaces follow them ("Java." ends one text and is followed in the other). */
    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, String text, Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(pieces.get(last).text() + text, kind));
        } else {
            pieces.add(new Piece(text, kind));
        }
    }
}
