package com.airesume.resumes.control;

import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.SectionSetting;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stored form of a section layout: {@code [{"section":"work","title":"Experience","visible":true}, …]}.
 * Reading is forgiving, because the layout is only ever written by {@link #write}: an unknown section is skipped
 * and {@link SectionLayout} completes what is missing, so a layout stored before a section existed still works.
 */
public final class SectionLayoutJson {

    private SectionLayoutJson() {
    }

    public static String write(SectionLayout layout) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (SectionSetting s : layout.sections()) {
            var section = Json.createObjectBuilder().add("section", s.section().key());
            if (s.title() != null) {
                section.add("title", s.title());
            }
            sections.add(section.add("visible", s.visible()));
        }
        return sections.build().toString();
    }

    public static SectionLayout read(String json) {
        List<SectionSetting> settings = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                section(o.getString("section", "")).ifPresent(section -> settings.add(new SectionSetting(section,
                        o.containsKey("title") ? o.getString("title", null) : null, o.getBoolean("visible", true))));
            }
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new IllegalArgumentException("Not a stored section layout: " + json, e);
        }
        return new SectionLayout(settings);
    }

    private static Optional<ResumeSection> section(String key) {
        try {
            return Optional.of(ResumeSection.valueOf(key.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
