package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.airesume.ai.control.TextDiff.Kind;
import com.airesume.ai.control.TextDiff.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aRewriteShowsWhatWentAndWhatCame() {
        List<Piece> pieces = TextDiff.compare("Responsible for the migration of 40 services",
                "Migrated 40 services");

        assertAll(() -> assertEquals(List.of(new Piece("Responsible for the migration of ", Kind.REMOVED),
                        new Piece("Migrated ", Kind.ADDED), new Piece("40 services", Kind.SAME)), pieces),
                () -> assertEquals("Responsible for the migration of 40 services",
                        join(TextDiff.original(pieces))),
                () -> assertEquals("Migrated 40 services", join(TextDiff.rewrite(pieces))));
    }

    @Test
    void aSpellingFixMarksOnlyTheWord() {
        assertEquals(List.of(new Piece("Reduced ", Kind.SAME), new Piece("latancy ", Kind.REMOVED),
                new Piece("latency ", Kind.ADDED), new Piece("by 40%.", Kind.SAME)),
                TextDiff.compare("Reduced latancy by 40%.", "Reduced latency by 40%."));
    }

    @Test
    void equalAndEmptyTexts() {
        assertAll(() -> assertEquals(List.of(new Piece("Same text.", Kind.SAME)),
                        TextDiff.compare("Same text.", "Same text.")),
                () -> assertEquals(List.of(new Piece("New", Kind.ADDED)), TextDiff.compare("", "New")),
                () -> assertEquals(List.of(), TextDiff.compare(null, "")));
    }

    @Test
    void aVeryLongTextIsShownAsReplacedWhole() {
        String long1 = "word ".repeat(TextDiff.MAX_TOKENS);
        List<Piece> pieces = TextDiff.compare(long1, long1 + "more");
        assertEquals(List.of(Kind.REMOVED, Kind.ADDED), pieces.stream().map(Piece::kind).toList());
    }

    private static String join(List<Piece> pieces) {
        return String.join("", pieces.stream().map(Piece::text).toList());
    }
}
