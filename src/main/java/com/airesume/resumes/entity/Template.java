package com.airesume.resumes.entity;

import java.util.Locale;

/**
 * How a resume is laid out. All four read top to bottom as plain text (name, title, then the sections in the
 * person's order), so applicant tracking systems read each of them alike; they differ only in look and density.
 * <ul>
 * <li>{@link #CLASSIC}: one column, centred header, serif headings; the safe choice.</li>
 * <li>{@link #MODERN}: a tinted sidebar (contact, skills, languages, interests) beside the main column.</li>
 * <li>{@link #COMPACT}: one dense column with small margins, to fit a long career on one page.</li>
 * <li>{@link #PORTRAIT}: one column under a header with the person's photo beside their name.</li>
 * </ul>
 */
public enum Template {
    CLASSIC, MODERN, COMPACT, PORTRAIT;

    /**
     * Whether the template has a place for the person's photo. Only one does: many employers (and hiring laws)
     * prefer resumes without a photo, so showing one is a choice the person makes by picking this template.
     */
    public boolean showsPhoto() {
        return this == PORTRAIT;
    }

    /** The name in URLs, CSS classes and file names, and of the template's stylesheet. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
