package com.airesume.resumes.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDate;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a resume as JSON Resume 1.2.1: fields in the schema's order, absent texts and empty lists left out,
 * the person's own sections last as {@code customSections} (a top-level field the schema allows),
 * dates as precise as they were given, indented for people. {@link JsonResumeReader} reads it back to an equal
 * resume, so export, import and export again give the same file.
 */
public final class JsonResumeWriter {

    /** Where the schema lives, as the file's {@code $schema} says. */
    public static final String SCHEMA =
            "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    private JsonResumeWriter() {
    }

    public static String write(JsonResume resume) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(toJson(resume));
        }
        return out.toString().strip() + "\n";
    }

    static JsonObject toJson(JsonResume r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("$schema", SCHEMA);
        object(o, "basics", basics(r.basics()));
        list(o, "work", r.work(), w -> fields().text("name", w.name()).text("location", w.location())
                .text("description", w.description()).text("position", w.position()).text("url", w.url())
                .date("startDate", w.startDate()).date("endDate", w.endDate()).text("summary", w.summary())
                .texts("highlights", w.highlights()).build());
        list(o, "volunteer", r.volunteer(), v -> fields().text("organization", v.organization())
                .text("position", v.position()).text("url", v.url()).date("startDate", v.startDate())
                .date("endDate", v.endDate()).text("summary", v.summary()).texts("highlights", v.highlights())
                .build());
        list(o, "education", r.education(), e -> fields().text("institution", e.institution()).text("url", e.url())
                .text("area", e.area()).text("studyType", e.studyType()).date("startDate", e.startDate())
                .date("endDate", e.endDate()).text("score", e.score()).texts("courses", e.courses()).build());
        list(o, "awards", r.awards(), a -> fields().text("title", a.title()).date("date", a.date())
                .text("awarder", a.awarder()).text("summary", a.summary()).build());
        list(o, "certificates", r.certificates(), c -> fields().text("name", c.name()).date("date", c.date())
                .text("url", c.url()).text("issuer", c.issuer()).build());
        list(o, "publications", r.publications(), p -> fields().text("name", p.name())
                .text("publisher", p.publisher()).date("releaseDate", p.releaseDate()).text("url", p.url())
                .text("summary", p.summary()).build());
        list(o, "skills", r.skills(), s -> fields().text("name", s.name()).text("level", s.level())
                .texts("keywords", s.keywords()).build());
        list(o, "languages", r.languages(), l -> fields().text("language", l.language())
                .text("fluency", l.fluency()).build());
        list(o, "interests", r.interests(), i -> fields().text("name", i.name()).texts("keywords", i.keywords())
                .build());
        list(o, "references", r.references(), ref -> fields().text("name", ref.name())
                .text("reference", ref.reference()).build());
        list(o, "projects", r.projects(), p -> fields().text("name", p.name()).text("description", p.description())
                .texts("highlights", p.highlights()).texts("keywords", p.keywords()).date("startDate", p.startDate())
                .date("endDate", p.endDate()).text("url", p.url()).texts("roles", p.roles())
                .text("entity", p.entity()).text("type", p.type()).build());
        object(o, "meta", fields().text("canonical", r.meta().canonical()).text("version", r.meta().version())
                .text("lastModified", r.meta().lastModified()).build());
        list(o, "customSections", r.customSections(), c -> {
            JsonObjectBuilder section = fields().text("title", c.title()).builder();
            list(section, "entries", c.entries(), e -> fields().text("name", e.name())
                    .text("description", e.description()).text("url", e.url()).date("startDate", e.startDate())
                    .date("endDate", e.endDate()).text("summary", e.summary()).texts("highlights", e.highlights())
                    .build());
            return section.build();
        });
        return o.build();
    }

    private static JsonObject basics(JsonResume.Basics b) {
        JsonResume.Location l = b.location();
        JsonObjectBuilder basics = fields().text("name", b.name()).text("label", b.label()).text("image", b.image())
                .text("email", b.email()).text("phone", b.phone()).text("url", b.url()).text("summary", b.summary())
                .builder();
        object(basics, "location", fields().text("address", l.address()).text("postalCode", l.postalCode())
                .text("city", l.city()).text("countryCode", l.countryCode()).text("region", l.region()).build());
        list(basics, "profiles", b.profiles(), p -> fields().text("network", p.network())
                .text("username", p.username()).text("url", p.url()).build());
        return basics.build();
    }

    private static void object(JsonObjectBuilder o, String key, JsonObject value) {
        if (!value.isEmpty()) {
            o.add(key, value);
        }
    }

    private static <T> void list(JsonObjectBuilder o, String key, List<T> entries, Function<T, JsonObject> writer) {
        if (!entries.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            entries.forEach(entry -> array.add(writer.apply(entry)));
            o.add(key, array);
        }
    }

    private static Fields fields() {
        return new Fields(Json.createObjectBuilder());
    }

    /** An object's fields, each written only when it has a value. */
    private record Fields(JsonObjectBuilder builder) {

        Fields text(String key, String value) {
            if (value != null) {
                builder.add(key, value);
            }
            return this;
        }

        Fields date(String key, ResumeDate value) {
            return text(key, value == null ? null : value.toString());
        }

        Fields texts(String key, List<String> values) {
            if (!values.isEmpty()) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                values.forEach(array::add);
                builder.add(key, array);
            }
            return this;
        }

        JsonObject build() {
            return builder.build();
        }
    }
}
