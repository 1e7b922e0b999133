package com.airesume.resumes.entity;

import java.util.Locale;

/**
 * The sections of a resume below its header, in the order a new resume shows them. {@code CUSTOM} is the place
 * of the person's own sections: each has its own title, and they print together, in their order, where it is.
 */
public enum ResumeSection {
    SUMMARY, WORK, PROJECTS, EDUCATION, SKILLS, VOLUNTEER, AWARDS, CERTIFICATES, PUBLICATIONS, LANGUAGES, INTERESTS,
    REFERENCES, CUSTOM;

    /** The name in bundle keys, CSS classes and stored layouts. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
