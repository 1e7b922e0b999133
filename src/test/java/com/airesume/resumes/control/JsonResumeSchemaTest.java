package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.JsonResume;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Against the JSON Resume project's own files (src/test/resources/resumes/README.md): every export validates
 * against the official 1.2.1 schema, and the project's sample resume imports and round-trips unchanged.
 */
class JsonResumeSchemaTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = JsonResumeSchemaTest.class.getResourceAsStream("/resumes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(resource("jsonresume-schema-1.2.1.json"));
        return schema.validate(new ObjectMapper().readTree(json));
    }

    @Test
    void theOfficialSampleImportsAndRoundTrips() throws Exception {
        JsonResume sample = JsonResumeReader.read(resource("jsonresume-sample-1.2.1.json"));
        String exported = JsonResumeWriter.write(sample);
        assertAll(() -> assertEquals(sample, JsonResumeReader.read(exported)),
                () -> assertTrue(validate(exported).isEmpty(), validate(exported).toString()));
    }

    @Test
    void exportsValidateAgainstTheOfficialSchema() throws Exception {
        String full = JsonResumeWriter.write(JsonResumeReader.read(resource("zoe.json")));
        String empty = JsonResumeWriter.write(JsonResume.EMPTY);
        assertAll(() -> assertTrue(validate(full).isEmpty(), validate(full).toString()),
                () -> assertTrue(validate(empty).isEmpty(), validate(empty).toString()),
                () -> assertTrue(!validate("{\"work\": [{\"startDate\": \"March 2020\"}]}").isEmpty(),
                        "the schema does catch a bad date, so an empty result means something"));
    }
}
