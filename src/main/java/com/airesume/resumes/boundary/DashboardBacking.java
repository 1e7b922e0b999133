package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.platform.web.Texts;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Resume;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /dashboard/}: the person's resumes, newest change first, and starting a new one: blank, or with their
 * name and email from the profile already filled in.
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    private String title;
    private List<ResumeSummary> list;

    public List<ResumeSummary> getResumes() {
        if (list == null) {
            list = resumes.list(currentUser.id());
        }
        return list;
    }

    public String updated(ResumeSummary resume) {
        return UPDATED.format(resume.updatedAt());
    }

    public void createBlank() throws IOException {
        create(JsonResume.EMPTY);
    }

    public void createFromProfile() throws IOException {
        create(new JsonResume(new JsonResume.Basics(currentUser.getFullName(), null, null, currentUser.getEmail(),
                null, null, null, null, null), null, null, null, null, null, null, null, null, null, null, null,
                null));
    }

    private void create(JsonResume content) throws IOException {
        String wanted = title == null || title.isBlank() ? Texts.get("dashboard.new.defaultTitle") : title;
        if (!Resume.isValidTitle(wanted)) {
            Messages.addError("title", Texts.get("resumes.edit.title.invalid", Resume.TITLE_MAX));
            return;
        }
        long id = resumes.create(currentUser.id(), wanted, content);
        Faces.redirect("resumes/edit/?id=" + id);
    }

    public void duplicate(long id) throws IOException {
        try {
            resumes.duplicate(currentUser.id(), id);
            Messages.addFlashGlobalInfo(Texts.get("dashboard.duplicated"));
        } catch (ResumeNotFoundException e) {
            Messages.addFlashGlobalError(Texts.get("dashboard.gone"));
        }
        Faces.redirect("dashboard/");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
