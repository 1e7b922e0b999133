package com.airesume.resumes.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.Resume;
import org.junit.jupiter.api.Test;

/** The title of a copy: "Copy of …", shortened to fit without splitting a character. */
class CopyTitleTest {

    @Test
    void aLongTitleIsShortenedToFit() {
        String longest = "x".repeat(Resume.TITLE_MAX);
        String emoji = "😀".repeat(Resume.TITLE_MAX / 2);
        assertAll(() -> assertEquals("Copy of CV", Resumes.copyTitle("CV")),
                () -> assertEquals(Resume.TITLE_MAX, Resumes.copyTitle(longest).length()),
                () -> assertTrue(Resumes.copyTitle(longest).endsWith("…")),
                () -> assertTrue(Resume.isValidTitle(Resumes.copyTitle(emoji))),
                () -> assertTrue(Resumes.copyTitle(emoji).codePoints()
                        .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)));
    }
}
