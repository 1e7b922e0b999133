package com.airesume.ai.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDate;
import com.airesume.resumes.entity.ResumeSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A resume as the engines read it: the words of each section for keyword matching (keyed by
 * {@link ResumeSection#key()}), and one plain text of the whole for an external model. Addresses, phone numbers
 * and profile links are left out of both: they are no help to either, and they need not leave the server.
 */
public final class ResumeText {

    private ResumeText() {
    }

    /** The words of each section that has any, in the resume's usual order. */
    public static Map<String, String> sections(JsonResume resume) {
        Map<String, String> sections = new LinkedHashMap<>();
        put(sections, ResumeSection.SUMMARY, Stream.of(resume.basics().label(), resume.basics().summary()));
        put(sections, ResumeSection.WORK, resume.work().stream().flatMap(w -> Stream.concat(
                Stream.of(w.position(), w.name(), w.description(), w.summary()), w.highlights().stream())));
        put(sections, ResumeSection.PROJECTS, resume.projects().stream().flatMap(p -> Stream.concat(
                Stream.of(p.name(), p.description()), Stream.concat(p.highlights().stream(), p.keywords().stream()))));
        put(sections, ResumeSection.SKILLS, resume.skills().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.name()), s.keywords().stream())));
        put(sections, ResumeSection.EDUCATION, resume.education().stream().flatMap(e -> Stream.concat(
                Stream.of(e.studyType(), e.area(), e.institution()), e.courses().stream())));
        put(sections, ResumeSection.CERTIFICATES, resume.certificates().stream().map(c -> c.name()));
        put(sections, ResumeSection.VOLUNTEER, resume.volunteer().stream().flatMap(v -> Stream.concat(
                Stream.of(v.position(), v.organization(), v.summary()), v.highlights().stream())));
        put(sections, ResumeSection.AWARDS, resume.awards().stream().flatMap(a -> Stream.of(a.title(), a.summary())));
        put(sections, ResumeSection.PUBLICATIONS, resume.publications().stream()
                .flatMap(p -> Stream.of(p.name(), p.summary())));
        put(sections, ResumeSection.LANGUAGES, resume.languages().stream().map(l -> l.language()));
        put(sections, ResumeSection.INTERESTS, resume.interests().stream()
                .flatMap(i -> Stream.concat(Stream.of(i.name()), i.keywords().stream())));
        put(sections, ResumeSection.CUSTOM, resume.customSections().stream().flatMap(c -> c.entries().stream())
                .flatMap(e -> Stream.concat(Stream.of(e.name(), e.description(), e.summary()),
                        e.highlights().stream())));
        return sections;
    }

    /** The resume as plain text: headline, summary, jobs with their dates and highlights, skills, education. */
    public static String plain(JsonResume resume) {
        List<String> lines = new ArrayList<>();
        JsonResume.Basics basics = resume.basics();
        add(lines, join(" — ", basics.name(), basics.label()));
        add(lines, basics.summary());
        if (!resume.work().isEmpty()) {
            lines.add("");
            lines.add("Experience:");
            for (JsonResume.Work work : resume.work()) {
                lines.add("- " + join(" at ", work.position(), work.name()) + period(work.startDate(), work.endDate()));
                add(lines, work.summary());
                work.highlights().forEach(h -> lines.add("  • " + h));
            }
        }
        if (!resume.projects().isEmpty()) {
            lines.add("");
            lines.add("Projects:");
            for (JsonResume.Project project : resume.projects()) {
                lines.add("- " + join(": ", project.name(), project.description()));
                project.highlights().forEach(h -> lines.add("  • " + h));
            }
        }
        if (!resume.skills().isEmpty()) {
            lines.add("");
            lines.add("Skills:");
            for (JsonResume.Skill skill : resume.skills()) {
                lines.add("- " + join(": ", skill.name(), String.join(", ", skill.keywords())));
            }
        }
        if (!resume.education().isEmpty()) {
            lines.add("");
            lines.add("Education:");
            for (JsonResume.Education education : resume.education()) {
                lines.add("- " + join(", ", join(" in ", education.studyType(), education.area()),
                        education.institution()));
            }
        }
        return String.join("\n", lines).strip();
    }

    private static void put(Map<String, String> sections, ResumeSection section, Stream<String> texts) {
        String text = String.join("\n", texts.filter(Objects::nonNull).filter(t -> !t.isBlank()).toList());
        if (!text.isEmpty()) {
            sections.put(section.key(), text);
        }
    }

    private static void add(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String period(ResumeDate start, ResumeDate end) {
        if (start == null) {
            return "";
        }
        return " (" + start.year() + "–" + (end == null ? "present" : String.valueOf(end.year())) + ")";
    }
}
