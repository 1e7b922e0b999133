package com.airesume.resumes.boundary;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import java.time.Instant;

/**
 * A resume as the editor opens it.
 *
 * @param id the resume
 * @param title its title
 * @param content what it says
 * @param design how it looks
 * @param layout its sections' order, titles and visibility
 * @param version the version a save must be based on
 * @param updatedAt when it last changed
 */
public record ResumeDraft(long id, String title, JsonResume content, ResumeDesign design, SectionLayout layout,
        long version, Instant updatedAt) {
}
