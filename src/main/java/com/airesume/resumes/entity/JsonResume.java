package com.airesume.resumes.entity;

import java.util.List;
import java.util.Objects;

/**
 * A resume's content: the sections of the JSON Resume 1.2.1 schema, as immutable values. Texts are trimmed and
 * an empty text is absent ({@code null}); a list is never null and holds no nulls; an absent end date means the
 * entry is ongoing ("present").
 *
 * @param basics who the person is
 * @param work jobs
 * @param volunteer volunteering
 * @param education studies
 * @param awards awards
 * @param certificates certificates
 * @param publications publications
 * @param skills skills
 * @param languages spoken languages
 * @param interests interests
 * @param references references
 * @param projects projects
 * @param meta about the document itself
 * @param customSections the person's own sections, which the schema has no place for; the file keeps them in a
 *        top-level {@code customSections} list (the schema allows extra top-level fields), so they survive export
 *        and import here and other tools ignore them
 */
public record JsonResume(Basics basics, List<Work> work, List<Volunteer> volunteer, List<Education> education,
        List<Award> awards, List<Certificate> certificates, List<Publication> publications, List<Skill> skills,
        List<Language> languages, List<Interest> interests, List<Reference> references, List<Project> projects,
        Meta meta, List<CustomSection> customSections) {

    /** A resume with nothing in it yet. */
    public static final JsonResume EMPTY = new JsonResume(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** A resume of the schema's sections only. */
    public JsonResume(Basics basics, List<Work> work, List<Volunteer> volunteer, List<Education> education,
            List<Award> awards, List<Certificate> certificates, List<Publication> publications, List<Skill> skills,
            List<Language> languages, List<Interest> interests, List<Reference> references, List<Project> projects,
            Meta meta) {
        this(basics, work, volunteer, education, awards, certificates, publications, skills, languages, interests,
                references, projects, meta, null);
    }

    public JsonResume {
        // New empty parts, not the EMPTY constants: whichever record class is loaded first, a constant of another
        // may still be null while its class initialises.
        basics = basics == null ? new Basics(null, null, null, null, null, null, null, null, null) : basics;
        work = listOf(work);
        volunteer = listOf(volunteer);
        education = listOf(education);
        awards = listOf(awards);
        certificates = listOf(certificates);
        publications = listOf(publications);
        skills = listOf(skills);
        languages = listOf(languages);
        interests = listOf(interests);
        references = listOf(references);
        projects = listOf(projects);
        meta = meta == null ? new Meta(null, null, null) : meta;
        customSections = listOf(customSections);
    }

    /** The same resume with other custom sections. */
    public JsonResume withCustomSections(List<CustomSection> sections) {
        return new JsonResume(basics, work, volunteer, education, awards, certificates, publications, skills,
                languages, interests, references, projects, meta, sections);
    }

    /** Who the person is. */
    public record Basics(String name, String label, String image, String email, String phone, String url,
            String summary, Location location, List<Profile> profiles) {

        public static final Basics EMPTY = new Basics(null, null, null, null, null, null, null, null, null);

        public Basics {
            name = text(name);
            label = text(label);
            image = text(image);
            email = text(email);
            phone = text(phone);
            url = text(url);
            summary = text(summary);
            location = location == null ? new Location(null, null, null, null, null) : location;
            profiles = listOf(profiles);
        }
    }

    /** Where the person lives. */
    public record Location(String address, String postalCode, String city, String countryCode, String region) {

        public static final Location EMPTY = new Location(null, null, null, null, null);

        public Location {
            address = text(address);
            postalCode = text(postalCode);
            city = text(city);
            countryCode = text(countryCode);
            region = text(region);
        }
    }

    /** An account on a network (LinkedIn, GitHub…). */
    public record Profile(String network, String username, String url) {
        public Profile {
            network = text(network);
            username = text(username);
            url = text(url);
        }
    }

    /** A job. */
    public record Work(String name, String location, String description, String position, String url,
            ResumeDate startDate, ResumeDate endDate, String summary, List<String> highlights) {
        public Work {
            name = text(name);
            location = text(location);
            description = text(description);
            position = text(position);
            url = text(url);
            summary = text(summary);
            highlights = texts(highlights);
        }
    }

    /** Volunteering. */
    public record Volunteer(String organization, String position, String url, ResumeDate startDate,
            ResumeDate endDate, String summary, List<String> highlights) {
        public Volunteer {
            organization = text(organization);
            position = text(position);
            url = text(url);
            summary = text(summary);
            highlights = texts(highlights);
        }
    }

    /** A course of study. */
    public record Education(String institution, String url, String area, String studyType, ResumeDate startDate,
            ResumeDate endDate, String score, List<String> courses) {
        public Education {
            institution = text(institution);
            url = text(url);
            area = text(area);
            studyType = text(studyType);
            score = text(score);
            courses = texts(courses);
        }
    }

    /** An award. */
    public record Award(String title, ResumeDate date, String awarder, String summary) {
        public Award {
            title = text(title);
            awarder = text(awarder);
            summary = text(summary);
        }
    }

    /** A certificate. */
    public record Certificate(String name, ResumeDate date, String url, String issuer) {
        public Certificate {
            name = text(name);
            url = text(url);
            issuer = text(issuer);
        }
    }

    /** A publication. */
    public record Publication(String name, String publisher, ResumeDate releaseDate, String url, String summary) {
        public Publication {
            name = text(name);
            publisher = text(publisher);
            url = text(url);
            summary = text(summary);
        }
    }

    /** A skill and its keywords. */
    public record Skill(String name, String level, List<String> keywords) {
        public Skill {
            name = text(name);
            level = text(level);
            keywords = texts(keywords);
        }
    }

    /** A spoken language. */
    public record Language(String language, String fluency) {
        public Language {
            language = text(language);
            fluency = text(fluency);
        }
    }

    /** An interest. */
    public record Interest(String name, List<String> keywords) {
        public Interest {
            name = text(name);
            keywords = texts(keywords);
        }
    }

    /** A reference and what they said. */
    public record Reference(String name, String reference) {
        public Reference {
            name = text(name);
            reference = text(reference);
        }
    }

    /** A project. */
    public record Project(String name, String description, List<String> highlights, List<String> keywords,
            ResumeDate startDate, ResumeDate endDate, String url, List<String> roles, String entity, String type) {
        public Project {
            name = text(name);
            description = text(description);
            highlights = texts(highlights);
            keywords = texts(keywords);
            url = text(url);
            roles = texts(roles);
            entity = text(entity);
            type = text(type);
        }
    }

    /** A section of the person's own (say "Talks" or "Patents"): a title and entries. */
    public record CustomSection(String title, List<CustomEntry> entries) {
        public CustomSection {
            title = text(title);
            entries = listOf(entries);
        }
    }

    /** An entry of a custom section, shaped like a job or a project. */
    public record CustomEntry(String name, String description, String url, ResumeDate startDate, ResumeDate endDate,
            String summary, List<String> highlights) {
        public CustomEntry {
            name = text(name);
            description = text(description);
            url = text(url);
            summary = text(summary);
            highlights = texts(highlights);
        }
    }

    /** About the document: where it lives, its version, when it last changed (as written by its author). */
    public record Meta(String canonical, String version, String lastModified) {

        public static final Meta EMPTY = new Meta(null, null, null);

        public Meta {
            canonical = text(canonical);
            version = text(version);
            lastModified = text(lastModified);
        }
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(JsonResume::text).filter(Objects::nonNull).toList();
    }

    static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
