package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /resumes/delete/?id=…}: asks before deleting a resume for good; someone else's, or none, is a 404. */
@Named
@RequestScoped
public class ResumeDeleteBacking {

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String title;

    public void load() throws IOException {
        try {
            title = resumes.get(currentUser.id(), ResumeIds.parse(id)).getTitle();
        } catch (ResumeNotFoundException e) {
            Faces.responseSendError(404, null);
        }
    }

    public void delete() throws IOException {
        try {
            String deleted = resumes.get(currentUser.id(), ResumeIds.parse(id)).getTitle();
            resumes.delete(currentUser.id(), ResumeIds.parse(id));
            Messages.addFlashGlobalInfo(Texts.get("resumes.delete.done", deleted));
        } catch (ResumeNotFoundException e) {
            Messages.addFlashGlobalError(Texts.get("dashboard.gone"));
        }
        Faces.redirect("dashboard/");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }
}
