package com.airesume.resumes.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Order, titles and visibility of sections: a layout always names every section once, whatever it was given. */
class SectionLayoutTest {

    private static List<ResumeSection> order(SectionLayout layout) {
        return layout.sections().stream().map(SectionSetting::section).toList();
    }

    @Test
    void theDefaultShowsEverySectionInTheDefaultOrderUnderItsDefaultTitle() {
        SectionLayout layout = SectionLayout.DEFAULT;
        assertAll(() -> assertEquals(List.of(ResumeSection.values()), order(layout)),
                () -> assertEquals(ResumeSection.SUMMARY, ResumeSection.values()[0]),
                () -> assertEquals(ResumeSection.WORK, ResumeSection.values()[1]),
                () -> assertTrue(layout.sections().stream().allMatch(SectionSetting::visible)),
                () -> assertTrue(layout.sections().stream().allMatch(s -> s.title() == null)),
                () -> assertEquals(layout.sections(), layout.visible()));
    }

    @Test
    void aPartialLayoutIsCompletedAndTheFirstSettingOfASectionCounts() {
        List<SectionSetting> given = new ArrayList<>(List.of(new SectionSetting(ResumeSection.EDUCATION, "Studies", false),
                new SectionSetting(ResumeSection.WORK, null, true),
                new SectionSetting(ResumeSection.EDUCATION, "Twice", true)));
        given.add(null);
        SectionLayout layout = new SectionLayout(given);
        List<ResumeSection> expected = new ArrayList<>(List.of(ResumeSection.EDUCATION, ResumeSection.WORK));
        Arrays.stream(ResumeSection.values()).filter(s -> !expected.contains(s)).forEach(expected::add);
        assertAll(() -> assertEquals(expected, order(layout)),
                () -> assertEquals("Studies", layout.setting(ResumeSection.EDUCATION).title()),
                () -> assertFalse(layout.setting(ResumeSection.EDUCATION).visible()),
                () -> assertTrue(layout.setting(ResumeSection.REFERENCES).visible(), "added sections show"),
                () -> assertEquals(SectionLayout.DEFAULT, new SectionLayout(null)),
                () -> assertThrows(UnsupportedOperationException.class, () -> layout.sections().clear()));
    }

    @Test
    void aSectionMovesOnePlaceAndStopsAtEitherEnd() {
        SectionLayout layout = SectionLayout.DEFAULT;
        assertAll(() -> assertEquals(List.of(ResumeSection.SUMMARY, ResumeSection.PROJECTS, ResumeSection.WORK),
                        order(layout.moved(ResumeSection.WORK, 1)).subList(0, 3)),
                () -> assertEquals(List.of(ResumeSection.WORK, ResumeSection.SUMMARY),
                        order(layout.moved(ResumeSection.WORK, -1)).subList(0, 2)),
                () -> assertEquals(layout, layout.moved(ResumeSection.SUMMARY, -1), "first stays first"),
                () -> assertEquals(layout, layout.moved(ResumeSection.CUSTOM, 1), "last stays last"),
                () -> assertEquals(ResumeSection.SUMMARY, order(layout.moved(ResumeSection.SUMMARY,
                        Integer.MAX_VALUE)).get(ResumeSection.values().length - 1)),
                () -> assertEquals(ResumeSection.REFERENCES,
                        order(layout.moved(ResumeSection.REFERENCES, Integer.MIN_VALUE)).get(0)));
    }

    @Test
    void hiddenSectionsKeepTheirPlaceAndTitle() {
        SectionLayout layout = SectionLayout.DEFAULT.withTitle(ResumeSection.SKILLS, "Toolbox")
                .withVisible(ResumeSection.SKILLS, false);
        assertAll(() -> assertFalse(layout.visible().stream().anyMatch(s -> s.section() == ResumeSection.SKILLS)),
                () -> assertEquals(ResumeSection.values().length - 1, layout.visible().size()),
                () -> assertEquals("Toolbox", layout.setting(ResumeSection.SKILLS).title()),
                () -> assertEquals(order(SectionLayout.DEFAULT), order(layout)),
                () -> assertTrue(layout.withVisible(ResumeSection.SKILLS, true).setting(ResumeSection.SKILLS)
                        .visible()));
    }

    @Test
    void aTitleIsStrippedBlankMeansTheDefaultAndSixtyCharactersAreTheMost() {
        SectionLayout layout = SectionLayout.DEFAULT;
        assertAll(() -> assertEquals("Where I worked",
                        layout.withTitle(ResumeSection.WORK, "  Where I worked \n").setting(ResumeSection.WORK).title()),
                () -> assertNull(layout.withTitle(ResumeSection.WORK, " \t ").setting(ResumeSection.WORK).title()),
                () -> assertNull(layout.withTitle(ResumeSection.WORK, "Jobs").withTitle(ResumeSection.WORK, null)
                        .setting(ResumeSection.WORK).title()),
                () -> assertEquals(60, layout.withTitle(ResumeSection.WORK, "x".repeat(60))
                        .setting(ResumeSection.WORK).title().length()),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> layout.withTitle(ResumeSection.WORK, "x".repeat(61))),
                () -> assertEquals("Kraków", new SectionSetting(ResumeSection.WORK, " Kraków ", true).title()));
    }
}
