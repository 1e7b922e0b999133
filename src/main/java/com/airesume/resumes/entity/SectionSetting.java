package com.airesume.resumes.entity;

import java.util.Objects;

/**
 * How one section of a resume shows: under its own title or the default one, or not at all.
 *
 * @param section the section
 * @param title the person's own heading, stripped, at most {@link #TITLE_MAX_LENGTH} characters; {@code null}
 *        (also for a blank title) for the default heading in the reader's language
 * @param visible whether the section is printed at all
 */
public record SectionSetting(ResumeSection section, String title, boolean visible) {

    public static final int TITLE_MAX_LENGTH = 60;

    public SectionSetting {
        Objects.requireNonNull(section, "section");
        title = title == null || title.isBlank() ? null : title.strip();
        if (title != null && title.length() > TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A section title has at most " + TITLE_MAX_LENGTH + " characters: " + title);
        }
    }

    /** The section under its default title, shown. */
    public static SectionSetting of(ResumeSection section) {
        return new SectionSetting(section, null, true);
    }
}
