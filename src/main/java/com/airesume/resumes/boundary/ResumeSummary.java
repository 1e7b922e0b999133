package com.airesume.resumes.boundary;

import java.time.Instant;

/**
 * A resume as a list shows it.
 *
 * @param id the resume
 * @param title its title
 * @param updatedAt when it last changed
 */
public record ResumeSummary(long id, String title, Instant updatedAt) {
}
