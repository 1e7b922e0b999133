package com.airesume.resumes.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.JsonResume.Award;
import com.airesume.resumes.entity.JsonResume.Basics;
import com.airesume.resumes.entity.JsonResume.Certificate;
import com.airesume.resumes.entity.JsonResume.Education;
import com.airesume.resumes.entity.JsonResume.Interest;
import com.airesume.resumes.entity.JsonResume.Language;
import com.airesume.resumes.entity.JsonResume.Location;
import com.airesume.resumes.entity.JsonResume.Profile;
import com.airesume.resumes.entity.JsonResume.Project;
import com.airesume.resumes.entity.JsonResume.Publication;
import com.airesume.resumes.entity.JsonResume.Reference;
import com.airesume.resumes.entity.JsonResume.Skill;
import com.airesume.resumes.entity.JsonResume.Volunteer;
import com.airesume.resumes.entity.JsonResume.Work;
import com.airesume.resumes.entity.ResumeDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Resumes for the document and PDF tests: a long one over two pages, with Polish, Spanish and Chinese text. */
final class SampleResumes {

    static final String NAME = "Zoë Łukasiewicz";
    static final String LABEL = "Senior Software Engineer";
    static final List<String> COMPANIES = List.of("Allegro", "Dataprom Sp. z o.o.", "Núñez & Hijos Software",
            "Nordwind Logistics", "Kraków Fintech Labs", "Open Source Studio");

    private SampleResumes() {
    }

    static ResourceBundle texts() {
        return ResourceBundle.getBundle("com.airesume.i18n.Messages", Locale.ENGLISH);
    }

    static ResumeDate date(String text) {
        return ResumeDate.parse(text).orElseThrow();
    }

    static JsonResume withBasics(Basics basics) {
        return new JsonResume(basics, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Basics basics(String name, String label) {
        return new Basics(name, label, null, "zoe@example.com", "+48 600 123 456", "https://zoe.example.com/",
                "Engineer who likes quiet systems.", new Location(null, null, "Warszawa", "PL", null),
                List.of(new Profile("GitHub", "zoel", "https://github.com/zoel")));
    }

    /** Enough for two pages in every template at 10 pt. */
    static JsonResume longResume() {
        Basics basics = new Basics(NAME, LABEL, null, "zoe.lukasiewicz@example.com", "+48 600 123 456",
                "https://zoe.example.com/",
                "Backend engineer with twelve years of building payment and logistics systems that stay up. "
                        + "I lead small teams through large migrations, write the boring runbooks that make "
                        + "on-call calm, and like turning a slow, flaky pipeline into one people trust.",
                new Location("ul. Marszałkowska 1", "00-001", "Warszawa", "PL", null),
                List.of(new Profile("GitHub", "zoel", "https://github.com/zoel"),
                        new Profile("LinkedIn", "zoe-lukasiewicz", "https://www.linkedin.com/in/zoe-lukasiewicz/")));
        List<Work> work = List.of(
                new Work(COMPANIES.get(0), "Warszawa", "E-commerce marketplace", LABEL, "https://allegro.example",
                        date("2021-03"), null,
                        "Technical lead of the payments team (seven engineers), owning checkout and settlement.",
                        List.of("Moved settlement from a nightly batch to event streaming on Kafka; merchants get "
                                + "paid the same day and reconciliation errors fell by 80%.",
                                "Cut the p99 latency of checkout from 900 ms to 180 ms by removing synchronous "
                                        + "calls to three legacy services.",
                                "Introduced blameless post-mortems and an on-call handbook; pages per week "
                                        + "dropped from twelve to two.")),
                new Work(COMPANIES.get(1), "Kraków", null, "Software Engineer", null, date("2018-06"),
                        date("2021-02"), "Built the data platform for energy meter readings of 2 million homes.",
                        List.of("Designed a time-series store on PostgreSQL partitions that answers a year of "
                                + "readings for one meter in under 50 ms.",
                                "Wrote the ingestion service in Java 11 with back-pressure; it has handled "
                                        + "40,000 readings a second since 2019 without a lost message.",
                                "Mentored four junior engineers, two of whom now lead teams.")),
                new Work(COMPANIES.get(2), "Madrid", "Family-run software house", "Backend Developer", null,
                        date("2016-01"), date("2018-05"),
                        "Worked with José Núñez on booking systems for small hotels across Spain.",
                        List.of("Replaced a PHP monolith with a Java service and a clean REST API, step by step and "
                                + "without downtime.",
                                "Added Spanish and Portuguese invoices that pass the tax authorities' checks.")),
                new Work(COMPANIES.get(3), "Gdańsk", null, "Software Developer", null, date("2014-02"),
                        date("2015-12"), "Route planning for a fleet of 300 trucks.",
                        List.of("Rewrote the nightly route optimiser; routes got 11% shorter and the run went from "
                                + "four hours to twenty minutes.",
                                "Built the drivers' Android app used on every truck.")),
                new Work(COMPANIES.get(4), "Kraków", null, "Junior Developer", null, date("2012-09"),
                        date("2014-01"), "Back-office tools for a small lender.",
                        List.of("Automated the monthly regulatory report that took two people a week.",
                                "Wrote the first automated tests of the company; coverage went from 0 to 60%.")),
                new Work(COMPANIES.get(5), "Remote", null, "Intern", null, date("2011-07"), date("2011-09"),
                        "Summer internship on a documentation generator.", List.of()));
        List<Volunteer> volunteer = List.of(new Volunteer("Women in Tech Poland", "Mentor",
                "https://wit.example.org", date("2019"), null,
                "Mentoring women who move into software engineering from other careers.",
                List.of("Twelve mentees so far; nine now work as developers.")));
        List<Education> education = List.of(
                new Education("Warsaw University of Technology", "https://pw.example.edu", "Computer Science",
                        "Master of Science", date("2010"), date("2012"), "5.0 (with distinction)",
                        List.of("Distributed Systems", "Databases")),
                new Education("Jagiellonian University", null, "Mathematics", "Bachelor of Science", date("2007"),
                        date("2010"), null, List.of()));
        List<Award> awards = List.of(new Award("Engineer of the Year", date("2023-12-15"), "Allegro",
                "For the settlement migration."));
        List<Certificate> certificates = List.of(new Certificate("AWS Certified Solutions Architect – Professional",
                date("2022-05"), "https://aws.example.com/cert/123", "Amazon Web Services"));
        List<Publication> publications = List.of(new Publication("Reconciling payments with event sourcing",
                "Programista Magazine", date("2022"), "https://programista.example/article",
                "How a marketplace settles a million payments a day without a nightly batch."));
        List<Skill> skills = List.of(
                new Skill("Backend", "Expert", List.of("Java", "Jakarta EE", "Spring", "Kafka", "PostgreSQL")),
                new Skill("Operations", "Advanced", List.of("Kubernetes", "Terraform", "Prometheus", "Grafana")),
                new Skill("Leadership", null, List.of("Mentoring", "Hiring", "Incident command")));
        List<Language> languages = List.of(new Language("Polish", "Native"), new Language("English", "Fluent"),
                new Language("中文", "Conversational"));
        List<Interest> interests = List.of(new Interest("Climbing", List.of("Bouldering", "Tatra routes")),
                new Interest("Chess", List.of()));
        List<Reference> references = List.of(
                new Reference("李小龍, Head of Engineering at Allegro",
                        "Zoë is the engineer I call when something must not fail."),
                new Reference("José Núñez, CTO at Núñez & Hijos Software",
                        "She left our codebase better than she found it, every single week."));
        List<Project> projects = List.of(new Project("kafka-settle",
                "An open-source library for exactly-once settlement on Kafka.",
                List.of("Used in production by three marketplaces.", "1,200 stars on GitHub."),
                List.of("Java", "Kafka"), date("2020-04"), null, "https://github.com/zoel/kafka-settle",
                List.of("Author", "Maintainer"), null, "library"));
        return new JsonResume(basics, work, volunteer, education, awards, certificates, publications, skills,
                languages, interests, references, projects, null);
    }
}
