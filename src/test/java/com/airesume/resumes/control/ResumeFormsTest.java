package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.control.ResumeForm.Entry;
import com.airesume.resumes.control.ResumeForm.Lines;
import com.airesume.resumes.control.ResumeForm.Section;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.SectionSetting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's form: filled from a real resume and read back without loss; checks on save only; reordering. */
class ResumeFormsTest {

    private static JsonResume zoe() throws Exception {
        try (InputStream in = ResumeFormsTest.class.getResourceAsStream("/resumes/zoe.json")) {
            return JsonResumeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Entry newWork(ResumeForm form) {
        Section work = form.section(ResumeSection.WORK);
        assertTrue(work.addEntry());
        return work.getEntries().get(work.getEntries().size() - 1);
    }

    @Test
    void aFullResumeGoesThroughTheEditorUnchanged() throws Exception {
        JsonResume original = zoe();
        ResumeForm form = ResumeForms.of(original, SectionLayout.DEFAULT);

        var edited = ResumeForms.read(form);

        assertTrue(edited.isPresent(), "nothing in a valid resume is refused");
        assertEquals(original, edited.get().resume());
        assertEquals(JsonResumeWriter.write(original), JsonResumeWriter.write(edited.get().resume()));
        assertEquals(SectionLayout.DEFAULT, edited.get().layout());
    }

    @Test
    void aBadDateIsNamedBesideItsFieldOnSaveAndKeptAsTyped() throws Exception {
        ResumeForm form = ResumeForms.of(zoe(), SectionLayout.DEFAULT);
        Entry job = newWork(form);
        job.field("position").setValue("Staff Engineer");
        job.field("startDate").setValue("March 2020");

        assertTrue(ResumeForms.read(form).isEmpty());
        assertAll(() -> assertEquals(ResumeForms.ERROR_DATE, job.field("startDate").getError()),
                () -> assertEquals("March 2020", job.field("startDate").getValue(), "what was typed stays"),
                () -> assertNull(job.field("position").getError()));

        job.field("startDate").setValue("2020-03");
        assertTrue(ResumeForms.read(form).isPresent());
        assertNull(job.field("startDate").getError(), "a corrected field loses its error on the next save");
    }

    @Test
    void thePreviewReadsWhatItCanWithoutMarkingAnything() throws Exception {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        Entry job = newWork(form);
        job.field("position").setValue("Staff Engineer");
        job.field("startDate").setValue("2020-1");

        JsonResume preview = ResumeForms.readLeniently(form).resume();

        assertEquals("Staff Engineer", preview.work().get(0).position());
        assertNull(preview.work().get(0).startDate());
        assertFalse(form.hasErrors());
    }

    @Test
    void endDatesArePresentWhenEmptyOrSaidSoAndNeverBeforeTheStart() throws Exception {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        Entry open = newWork(form);
        open.field("startDate").setValue("2021-04");
        open.field("endDate").setValue("Present");
        Entry sameYear = newWork(form);
        sameYear.field("startDate").setValue("2019-05");
        sameYear.field("endDate").setValue("2019");
        Entry backwards = newWork(form);
        backwards.field("startDate").setValue("2022-01");
        backwards.field("endDate").setValue("2021-12");

        assertTrue(ResumeForms.read(form).isEmpty());
        assertAll(() -> assertNull(open.field("endDate").getError()),
                () -> assertNull(sameYear.field("endDate").getError(), "a year alone may end within its year"),
                () -> assertEquals(ResumeForms.ERROR_DATE_ORDER, backwards.field("endDate").getError()));

        backwards.field("endDate").setValue("");
        JsonResume saved = ResumeForms.read(form).orElseThrow().resume();
        assertNull(saved.work().get(0).endDate());
        assertNull(saved.work().get(2).endDate());
    }

    @Test
    void webAddressesWithoutASchemeGetOneAndScriptsAreRefused() {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        form.getBasics().field("url").setValue("zoe.example.com/cv");
        assertTrue(form.addProfile());
        Entry profile = form.getProfiles().get(0);
        profile.field("network").setValue("GitHub");
        profile.field("url").setValue("javascript:alert(1)");
        form.getBasics().field("email").setValue("zoe at example");

        assertTrue(ResumeForms.read(form).isEmpty());
        assertAll(() -> assertNull(form.getBasics().field("url").getError()),
                () -> assertEquals(ResumeForms.ERROR_URL, profile.field("url").getError()),
                () -> assertEquals(ResumeForms.ERROR_EMAIL, form.getBasics().field("email").getError()));

        profile.field("url").setValue("https://github.com/zoe");
        form.getBasics().field("email").setValue("zoe@example.com");
        JsonResume saved = ResumeForms.read(form).orElseThrow().resume();
        assertEquals("https://zoe.example.com/cv", saved.basics().url());
        assertEquals("https://github.com/zoe", saved.basics().profiles().get(0).url());
    }

    @Test
    void entriesNobodyTypedIntoAreDropped() {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        newWork(form);
        Entry job = newWork(form);
        job.field("name").setValue("Acme");
        job.list("highlights").addLine();

        JsonResume saved = ResumeForms.read(form).orElseThrow().resume();

        assertEquals(1, saved.work().size());
        assertEquals(List.of(), saved.work().get(0).highlights(), "an empty line is no highlight");
    }

    @Test
    void entriesLinesAndSectionsMoveAndTheResumeFollows() {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        Entry first = newWork(form);
        first.field("name").setValue("First");
        Entry second = newWork(form);
        second.field("name").setValue("Second");
        Lines highlights = second.list("highlights");
        for (String text : List.of("one", "two", "three")) {
            highlights.addLine();
            highlights.getLines().get(highlights.getLines().size() - 1).setText(text);
        }
        Section work = form.section(ResumeSection.WORK);
        work.moveEntry(second, -1);
        work.moveEntry(second, -1);
        highlights.moveLine(highlights.getLines().get(2), -1);
        highlights.removeLine(highlights.getLines().get(0));
        form.moveSection(form.section(ResumeSection.SKILLS), -1);
        form.section(ResumeSection.WORK).setTitle("Where I worked");
        form.section(ResumeSection.REFERENCES).setVisible(false);

        var edited = ResumeForms.read(form).orElseThrow();

        assertEquals(List.of("Second", "First"), edited.resume().work().stream().map(JsonResume.Work::name).toList());
        assertEquals(List.of("three", "two"), edited.resume().work().get(0).highlights());
        List<ResumeSection> order = edited.layout().sections().stream().map(SectionSetting::section).toList();
        assertTrue(order.indexOf(ResumeSection.SKILLS) < order.indexOf(ResumeSection.EDUCATION));
        assertEquals("Where I worked", edited.layout().setting(ResumeSection.WORK).title());
        assertFalse(edited.layout().setting(ResumeSection.REFERENCES).visible());
    }

    @Test
    void aSectionHoldsABoundedNumberOfEntries() {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        Section work = form.section(ResumeSection.WORK);
        for (int i = 0; i < ResumeForm.MAX_ENTRIES; i++) {
            assertTrue(work.addEntry());
        }
        assertFalse(work.addEntry());
        assertEquals(ResumeForm.MAX_ENTRIES, work.getEntries().size());
    }

    @Test
    void theFormSurvivesSerializationAsAViewScopedBeanMust() throws Exception {
        ResumeForm form = ResumeForms.of(zoe(), SectionLayout.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ResumeForm copy = (ResumeForm) in.readObject();
            assertEquals(zoe(), ResumeForms.read(copy).orElseThrow().resume());
        }
    }

    @Test
    void aStoredLayoutReadsBackAndAnOldOneIsCompleted() {
        SectionLayout layout = SectionLayout.DEFAULT.moved(ResumeSection.PROJECTS, -1)
                .withTitle(ResumeSection.WORK, "Experience «2»").withVisible(ResumeSection.AWARDS, false);
        assertEquals(layout, SectionLayoutJson.read(SectionLayoutJson.write(layout)));

        SectionLayout old = SectionLayoutJson.read("[{\"section\":\"skills\",\"visible\":false},"
                + "{\"section\":\"certifications-from-the-future\",\"visible\":true}]");
        assertEquals(ResumeSection.SKILLS, old.sections().get(0).section());
        assertFalse(old.sections().get(0).visible());
        assertEquals(ResumeSection.values().length, old.sections().size());
        assertEquals(SectionLayout.DEFAULT, SectionLayoutJson.read("[]"));
    }

    @Test
    void ownSectionsAreAddedFilledAndNeedATitleOnlyWhenTheyHoldSomething() {
        ResumeForm form = ResumeForms.of(JsonResume.EMPTY, SectionLayout.DEFAULT);
        Section place = form.section(ResumeSection.CUSTOM);
        assertTrue(place.addCustom());
        assertTrue(place.addCustom());
        ResumeForm.Custom talks = place.getCustoms().get(0);
        Entry talk = talks.getEntries().get(0);
        talk.field("name").setValue("Settlement without the nightly batch");
        talk.field("startDate").setValue("2023-10");

        assertTrue(ResumeForms.read(form).isEmpty(), "a section with an entry needs a title");
        assertEquals(ResumeForms.ERROR_TITLE, talks.getTitle().getError());

        talks.getTitle().setValue("Talks");
        JsonResume saved = ResumeForms.read(form).orElseThrow().resume();
        assertEquals(1, saved.customSections().size(), "the untouched second section is dropped");
        assertEquals("Talks", saved.customSections().get(0).title());
        assertEquals("Settlement without the nightly batch", saved.customSections().get(0).entries().get(0).name());
        assertEquals(saved, ResumeForms.read(ResumeForms.of(saved, SectionLayout.DEFAULT)).orElseThrow().resume());
    }
}
