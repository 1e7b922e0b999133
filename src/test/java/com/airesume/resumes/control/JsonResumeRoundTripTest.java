package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.JsonResume;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Resume in and out with a real, full resume (src/test/resources/resumes/zoe.json, every section of the
 * schema, Polish and Chinese text): what is read, what is written, and that the round trip loses nothing.
 */
class JsonResumeRoundTripTest {

    private static String sample() throws IOException {
        try (InputStream in = JsonResumeRoundTripTest.class.getResourceAsStream("/resumes/zoe.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everySectionOfARealResumeIsRead() throws Exception {
        JsonResume resume = JsonResumeReader.read(sample());
        assertAll(() -> assertEquals("Zoë Łukasiewicz", resume.basics().name()),
                () -> assertNull(resume.basics().image(), "an empty text is absent"),
                () -> assertEquals("Warszawa", resume.basics().location().city()),
                () -> assertEquals(2, resume.basics().profiles().size()),
                () -> assertEquals(3, resume.work().get(0).highlights().size()),
                () -> assertEquals("2021-03", resume.work().get(0).startDate().toString()),
                () -> assertNull(resume.work().get(0).endDate(), "no end date: present"),
                () -> assertEquals("2021-02-28", resume.work().get(1).endDate().toString()),
                () -> assertEquals("Mentor", resume.volunteer().get(0).position()),
                () -> assertEquals(List.of("Distributed Systems", "Databases"), resume.education().get(0).courses()),
                () -> assertEquals("2023-12-15", resume.awards().get(0).date().toString()),
                () -> assertEquals("Amazon Web Services", resume.certificates().get(0).issuer()),
                () -> assertEquals("2022", resume.publications().get(0).releaseDate().toString()),
                () -> assertEquals("Kafka", resume.skills().get(0).keywords().get(3)),
                () -> assertEquals("中文", resume.languages().get(2).language()),
                () -> assertEquals("Climbing", resume.interests().get(0).name()),
                () -> assertTrue(resume.references().get(0).name().startsWith("李小龍")),
                () -> assertEquals(List.of("Author", "Maintainer"), resume.projects().get(0).roles()),
                () -> assertEquals("v1.2.1", resume.meta().version()),
                () -> assertEquals("Talks", resume.customSections().get(0).title(), "the file's own sections"),
                () -> assertEquals(List.of("400 attendees", "Recording: 12,000 views"),
                        resume.customSections().get(0).entries().get(0).highlights()),
                () -> assertEquals("2022", resume.customSections().get(0).entries().get(1).startDate().toString()));
    }

    @Test
    void exportImportExportIsLossless() throws Exception {
        JsonResume read = JsonResumeReader.read(sample());
        String exported = JsonResumeWriter.write(read);
        JsonResume reread = JsonResumeReader.read(exported);
        assertAll(() -> assertEquals(read, reread), () -> assertEquals(exported, JsonResumeWriter.write(reread)),
                () -> assertTrue(exported.contains("\"$schema\"")),
                () -> assertTrue(!exported.contains("\"image\""), "absent fields are left out"),
                () -> assertTrue(exported.indexOf("\"basics\"") < exported.indexOf("\"work\""), "schema order"));
    }

    @Test
    void anEmptyResumeIsWrittenAsJustItsSchema() throws Exception {
        String empty = JsonResumeWriter.write(JsonResume.EMPTY);
        assertAll(() -> assertEquals(JsonResume.EMPTY, JsonResumeReader.read(empty)),
                () -> assertEquals(JsonResume.EMPTY, JsonResumeReader.read("{}")),
                () -> assertTrue(!empty.contains("basics")));
    }

    @Test
    void badJsonSaysWhere() {
        InvalidJsonResumeException e = assertThrows(InvalidJsonResumeException.class,
                () -> JsonResumeReader.read("{\n  \"basics\": {\"name\": \"Ada\",}\n}"));
        assertTrue(e.problems().get(0).startsWith("This is not valid JSON (line 2"), e.problems().toString());
    }

    @Test
    void everyProblemIsNamedByWhereItIs() {
        InvalidJsonResumeException e = assertThrows(InvalidJsonResumeException.class, () -> JsonResumeReader.read("""
                {"basics": {"name": 42, "nickname": "Ada", "profiles": {"network": "GitHub"}},
                 "work": [{"position": "Engineer", "startDate": "March 2020", "highlights": ["ok", 7]}, "oops"],
                 "skills": "Java",
                 "hobbies": []}
                """));
        assertEquals(List.of(
                "/hobbies: is not a JSON Resume 1.2.1 field here; the fields are awards, basics, certificates,"
                        + " customSections, education, interests, languages, meta, projects, publications, references, skills,"
                        + " volunteer, work",
                "/basics/nickname: is not a JSON Resume 1.2.1 field here; the fields are email, image, label,"
                        + " location, name, phone, profiles, summary, url",
                "/basics/name: must be text in quotes, not the number 42",
                "/basics/profiles: must be a list of entries in brackets, not an object",
                "/work/0/startDate: \"March 2020\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, like 2020-03"
                        + " (leave an end date out for \"present\")",
                "/work/0/highlights/1: must be text in quotes, not the number 7",
                "/work/1: must be an object in braces, not text",
                "/skills: must be a list of entries in brackets, not text"), e.problems());
    }

    @Test
    void aFileThatIsNotOneObjectOrTooLargeIsRefused() {
        assertAll(() -> assertEquals(List.of("/: the file must hold one JSON object, like {\"basics\": {\"name\":"
                        + " \"Ada Lovelace\"}}"),
                        assertThrows(InvalidJsonResumeException.class, () -> JsonResumeReader.read("[1, 2]")).problems()),
                () -> assertEquals(List.of("The file is larger than 1 MB."), assertThrows(
                        InvalidJsonResumeException.class, () -> JsonResumeReader.read(" ".repeat(
                                JsonResumeReader.MAX_CHARACTERS + 1))).problems()));
    }
}
