package com.airesume.resumes.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three date forms JSON Resume allows, kept as precise as they were written. */
class ResumeDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2019-04", "2019-04-15", "2024-02-29", "1999-12-31"})
    void theSchemasFormsAreReadAndWrittenBackAsGiven(String text) {
        assertEquals(text, ResumeDate.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "March 2020", "2020-3", "2020-13", "2021-02-29", "2020-04-31", "0999", "3000",
        "20200", "2020/04", "2020-04-15T10:00", "present"})
    void anythingElseIsNotADate(String text) {
        assertEquals(Optional.empty(), ResumeDate.parse(text));
    }

    @Test
    void datesSortByWhatTheySay() {
        ResumeDate year = ResumeDate.parse("2020").orElseThrow();
        ResumeDate march = ResumeDate.parse("2020-03").orElseThrow();
        ResumeDate day = ResumeDate.parse("2020-03-02").orElseThrow();
        assertAll(() -> assertTrue(year.compareTo(march) < 0), () -> assertTrue(march.compareTo(day) < 0),
                () -> assertTrue(day.compareTo(ResumeDate.parse("2021").orElseThrow()) < 0),
                () -> assertEquals(march, ResumeDate.of(YearMonth.of(2020, 3))),
                () -> assertEquals("2020-03", ResumeDate.parse(" 2020-03 ").orElseThrow().toString()));
    }
}
