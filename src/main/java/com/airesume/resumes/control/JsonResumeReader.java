package com.airesume.resumes.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads a JSON Resume 1.2.1 file, naming every problem by its JSON pointer instead of stopping at the first:
 * {@code /work/0/startDate: "March 2020" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, like 2020-03}.
 * Fields the schema does not have are refused rather than dropped, so nothing a person imported is silently
 * lost; {@code $schema} at the top is allowed.
 */
public final class JsonResumeReader {

    /** The largest file accepted. */
    public static final int MAX_CHARACTERS = 1024 * 1024;
    private static final int MAX_PROBLEMS = 50;

    private final List<String> problems = new ArrayList<>();

    private JsonResumeReader() {
    }

    public static JsonResume read(String json) throws InvalidJsonResumeException {
        if (json.length() > MAX_CHARACTERS) {
            throw new InvalidJsonResumeException(List.of("The file is larger than 1 MB."));
        }
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidJsonResumeException(List.of("This is not valid JSON (line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + "): "
                    + e.getMessage()));
        } catch (JsonException e) {
            throw new InvalidJsonResumeException(List.of("This is not valid JSON: " + e.getMessage()));
        }
        JsonResumeReader reader = new JsonResumeReader();
        JsonResume resume = reader.resume(root);
        if (!reader.problems.isEmpty()) {
            throw new InvalidJsonResumeException(reader.problems);
        }
        return resume;
    }

    private JsonResume resume(JsonValue root) {
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            problem("", "the file must hold one JSON object, like {\"basics\": {\"name\": \"Ada Lovelace\"}}");
            return JsonResume.EMPTY;
        }
        JsonObject o = root.asJsonObject();
        known(o, "", "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
                "skills", "languages", "interests", "references", "projects", "meta", "customSections");
        return new JsonResume(object(o, "", "basics", this::basics), list(o, "", "work", this::work),
                list(o, "", "volunteer", this::volunteer), list(o, "", "education", this::education),
                list(o, "", "awards", this::award), list(o, "", "certificates", this::certificate),
                list(o, "", "publications", this::publication), list(o, "", "skills", this::skill),
                list(o, "", "languages", this::language), list(o, "", "interests", this::interest),
                list(o, "", "references", this::reference), list(o, "", "projects", this::project),
                object(o, "", "meta", this::meta), list(o, "", "customSections", this::customSection));
    }

    private JsonResume.Basics basics(JsonObject o, String at) {
        known(o, at, "name", "label", "image", "email", "phone", "url", "summary", "location", "profiles");
        return new JsonResume.Basics(text(o, at, "name"), text(o, at, "label"), text(o, at, "image"),
                text(o, at, "email"), text(o, at, "phone"), text(o, at, "url"), text(o, at, "summary"),
                object(o, at, "location", this::location), list(o, at, "profiles", this::profile));
    }

    private JsonResume.Location location(JsonObject o, String at) {
        known(o, at, "address", "postalCode", "city", "countryCode", "region");
        return new JsonResume.Location(text(o, at, "address"), text(o, at, "postalCode"), text(o, at, "city"),
                text(o, at, "countryCode"), text(o, at, "region"));
    }

    private JsonResume.Profile profile(JsonObject o, String at) {
        known(o, at, "network", "username", "url");
        return new JsonResume.Profile(text(o, at, "network"), text(o, at, "username"), text(o, at, "url"));
    }

    private JsonResume.Work work(JsonObject o, String at) {
        known(o, at, "name", "location", "description", "position", "url", "startDate", "endDate", "summary",
                "highlights");
        return new JsonResume.Work(text(o, at, "name"), text(o, at, "location"), text(o, at, "description"),
                text(o, at, "position"), text(o, at, "url"), date(o, at, "startDate"), date(o, at, "endDate"),
                text(o, at, "summary"), texts(o, at, "highlights"));
    }

    private JsonResume.Volunteer volunteer(JsonObject o, String at) {
        known(o, at, "organization", "position", "url", "startDate", "endDate", "summary", "highlights");
        return new JsonResume.Volunteer(text(o, at, "organization"), text(o, at, "position"), text(o, at, "url"),
                date(o, at, "startDate"), date(o, at, "endDate"), text(o, at, "summary"), texts(o, at, "highlights"));
    }

    private JsonResume.Education education(JsonObject o, String at) {
        known(o, at, "institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses");
        return new JsonResume.Education(text(o, at, "institution"), text(o, at, "url"), text(o, at, "area"),
                text(o, at, "studyType"), date(o, at, "startDate"), date(o, at, "endDate"), text(o, at, "score"),
                texts(o, at, "courses"));
    }

    private JsonResume.Award award(JsonObject o, String at) {
        known(o, at, "title", "date", "awarder", "summary");
        return new JsonResume.Award(text(o, at, "title"), date(o, at, "date"), text(o, at, "awarder"),
                text(o, at, "summary"));
    }

    private JsonResume.Certificate certificate(JsonObject o, String at) {
        known(o, at, "name", "date", "url", "issuer");
        return new JsonResume.Certificate(text(o, at, "name"), date(o, at, "date"), text(o, at, "url"),
                text(o, at, "issuer"));
    }

    private JsonResume.Publication publication(JsonObject o, String at) {
        known(o, at, "name", "publisher", "releaseDate", "url", "summary");
        return new JsonResume.Publication(text(o, at, "name"), text(o, at, "publisher"), date(o, at, "releaseDate"),
                text(o, at, "url"), text(o, at, "summary"));
    }

    private JsonResume.Skill skill(JsonObject o, String at) {
        known(o, at, "name", "level", "keywords");
        return new JsonResume.Skill(text(o, at, "name"), text(o, at, "level"), texts(o, at, "keywords"));
    }

    private JsonResume.Language language(JsonObject o, String at) {
        known(o, at, "language", "fluency");
        return new JsonResume.Language(text(o, at, "language"), text(o, at, "fluency"));
    }

    private JsonResume.Interest interest(JsonObject o, String at) {
        known(o, at, "name", "keywords");
        return new JsonResume.Interest(text(o, at, "name"), texts(o, at, "keywords"));
    }

    private JsonResume.Reference reference(JsonObject o, String at) {
        known(o, at, "name", "reference");
        return new JsonResume.Reference(text(o, at, "name"), text(o, at, "reference"));
    }

    private JsonResume.Project project(JsonObject o, String at) {
        known(o, at, "name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles",
                "entity", "type");
        return new JsonResume.Project(text(o, at, "name"), text(o, at, "description"), texts(o, at, "highlights"),
                texts(o, at, "keywords"), date(o, at, "startDate"), date(o, at, "endDate"), text(o, at, "url"),
                texts(o, at, "roles"), text(o, at, "entity"), text(o, at, "type"));
    }

    private JsonResume.CustomSection customSection(JsonObject o, String at) {
        known(o, at, "title", "entries");
        String title = text(o, at, "title");
        JsonValue given = o.get("title");
        boolean wrongType = given != null && given.getValueType() != JsonValue.ValueType.NULL
                && !(given instanceof JsonString);
        if ((title == null || title.isBlank()) && !wrongType) {
            problem(at + "/title", "a custom section needs a title, like \"Talks\"");
        }
        return new JsonResume.CustomSection(title, list(o, at, "entries", this::customEntry));
    }

    private JsonResume.CustomEntry customEntry(JsonObject o, String at) {
        known(o, at, "name", "description", "url", "startDate", "endDate", "summary", "highlights");
        return new JsonResume.CustomEntry(text(o, at, "name"), text(o, at, "description"), text(o, at, "url"),
                date(o, at, "startDate"), date(o, at, "endDate"), text(o, at, "summary"), texts(o, at, "highlights"));
    }

    private JsonResume.Meta meta(JsonObject o, String at) {
        known(o, at, "canonical", "version", "lastModified");
        return new JsonResume.Meta(text(o, at, "canonical"), text(o, at, "version"), text(o, at, "lastModified"));
    }

    private void known(JsonObject o, String at, String... fields) {
        Set<String> allowed = new TreeSet<>(List.of(fields));
        for (String key : o.keySet()) {
            if (!allowed.contains(key) && !(at.isEmpty() && key.equals("$schema"))) {
                problem(at + "/" + escape(key), "is not a JSON Resume 1.2.1 field here; the fields are "
                        + String.join(", ", allowed));
            }
        }
    }

    private String text(JsonObject o, String at, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problem(at + "/" + key, "must be text in quotes, not " + describe(value));
        return null;
    }

    private ResumeDate date(JsonObject o, String at, String key) {
        String text = text(o, at, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        return ResumeDate.parse(text).orElseGet(() -> {
            problem(at + "/" + key, "\"" + text + "\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, like 2020-03"
                    + " (leave an end date out for \"present\")");
            return null;
        });
    }

    private List<String> texts(JsonObject o, String at, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problem(at + "/" + key, "must be a list of texts, like [\"one\", \"two\"], not " + describe(value));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                problem(at + "/" + key + "/" + i, "must be text in quotes, not " + describe(array.get(i)));
            }
        }
        return texts;
    }

    private <T> T object(JsonObject o, String at, String key, BiFunction<JsonObject, String, T> reader) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            problem(at + "/" + key, "must be an object in braces, not " + describe(value));
            return null;
        }
        return reader.apply(object, at + "/" + key);
    }

    private <T> List<T> list(JsonObject o, String at, String key, BiFunction<JsonObject, String, T> reader) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problem(at + "/" + key, "must be a list of entries in brackets, not " + describe(value));
            return List.of();
        }
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String entry = at + "/" + key + "/" + i;
            if (array.get(i) instanceof JsonObject object) {
                entries.add(reader.apply(object, entry));
            } else {
                problem(entry, "must be an object in braces, not " + describe(array.get(i)));
            }
        }
        return entries;
    }

    private void problem(String pointer, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add((pointer.isEmpty() ? "/" : pointer) + ": " + message);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… and more; fix these first");
        }
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
        };
    }

    /** RFC 6901: "~" and "/" in a key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
