package com.airesume.resumes.entity;

import java.util.Locale;

/** The sections of a resume below its header, in the order a new resume shows them. */
public enum ResumeSection {
    SUMMARY, WORK, PROJECTS, EDUCATION, SKILLS, VOLUNTEER, AWARDS, CERTIFICATES, PUBLICATIONS, LANGUAGES, INTERESTS,
    REFERENCES;

    /** The name in bundle keys, CSS classes and stored layouts. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
