package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.platform.web.Texts;
import com.airesume.resumes.control.ResumeForm;
import com.airesume.resumes.control.ResumeForm.Custom;
import com.airesume.resumes.control.ResumeForm.Entry;
import com.airesume.resumes.control.ResumeForm.EntryList;
import com.airesume.resumes.control.ResumeForm.Line;
import com.airesume.resumes.control.ResumeForm.Lines;
import com.airesume.resumes.control.ResumeForm.Section;
import com.airesume.resumes.control.ResumeForms;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.Resume;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.Template;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /resumes/edit/?id=…}: the editor. The form lives as long as the page, so adding, removing and moving
 * entries and lines (each an Ajax request that submits the whole form) never loses what was typed; fields are
 * checked only when the person saves. Every change is also put in the session's {@link PreviewDrafts}, which the
 * preview beside the editor shows. A save names the version the page was opened at; when another tab saved
 * since, the save is refused and says so instead of overwriting.
 */
@Named
@ViewScoped
public class ResumeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the editor's status line reads, and what the page script keys its unsaved-changes warning on. */
    public enum Status {
        SAVED, UNSAVED, INVALID, STALE
    }

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    @Inject
    PreviewDrafts drafts;

    private String idParam;
    private long id;
    private String title;
    private ResumeForm form;
    private Template template;
    private String accent;
    private int fontSize;
    private Paper paper;
    private long version;
    private Status status = Status.SAVED;

    /** Opens the resume named by the address; someone else's, or none, is a 404. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        ResumeDraft draft;
        try {
            draft = resumes.open(currentUser.id(), ResumeIds.parse(idParam));
        } catch (ResumeNotFoundException e) {
            Faces.responseSendError(404, null);
            return;
        }
        id = draft.id();
        title = draft.title();
        form = ResumeForms.of(draft.content(), draft.layout());
        template = draft.design().template();
        accent = draft.design().accent();
        fontSize = draft.design().fontSize();
        paper = draft.design().paper();
        version = draft.version();
        drafts.forget(id);
    }

    public void save() {
        form.clearErrors();
        boolean validTitle = Resume.isValidTitle(title);
        if (!validTitle) {
            Messages.addError("title", Texts.get("resumes.edit.title.invalid", Resume.TITLE_MAX));
        }
        boolean validAccent = accent != null && ResumeDesign.ACCENT.matcher(accent).matches();
        if (!validAccent) {
            Messages.addError("accent", Texts.get("resumes.edit.accent.invalid"));
        }
        // A browser always sends these; a hand-made request might not.
        boolean validDesign = template != null && paper != null && fontSize >= ResumeDesign.MIN_FONT_SIZE
                && fontSize <= ResumeDesign.MAX_FONT_SIZE;
        if (!validDesign) {
            Messages.addError("template", Texts.get("resumes.edit.design.invalid"));
        }
        var edited = ResumeForms.read(form);
        if (edited.isEmpty() || !validTitle || !validAccent || !validDesign) {
            status = Status.INVALID;
            Messages.addGlobalError(Texts.get("resumes.edit.invalid"));
            return;
        }
        try {
            version = resumes.save(currentUser.id(), id, version, title, edited.get().resume(), design(),
                    edited.get().layout());
            status = Status.SAVED;
            drafts.forget(id);
            Messages.addGlobalInfo(Texts.get("resumes.edit.saved"));
        } catch (StaleResumeException e) {
            status = Status.STALE;
            Messages.addGlobalError(Texts.get("resumes.edit.stale"));
        }
    }

    /** Shows the form as it is now in the preview, without saving it. */
    public void refreshPreview() {
        changed();
    }

    public void addEntry(EntryList entries) {
        if (!entries.addEntry()) {
            Messages.addGlobalWarn(Texts.get("resumes.edit.full", ResumeForm.MAX_ENTRIES));
        }
        changed();
    }

    public void removeEntry(EntryList entries, Entry entry) {
        entries.removeEntry(entry);
        changed();
    }

    public void moveEntry(EntryList entries, Entry entry, int delta) {
        entries.moveEntry(entry, delta);
        changed();
    }

    public void addCustom(Section place) {
        if (!place.addCustom()) {
            Messages.addGlobalWarn(Texts.get("resumes.edit.full", ResumeForm.MAX_CUSTOM_SECTIONS));
        }
        changed();
    }

    public void removeCustom(Section place, Custom custom) {
        place.removeCustom(custom);
        changed();
    }

    public void moveCustom(Section place, Custom custom, int delta) {
        place.moveCustom(custom, delta);
        changed();
    }

    public void moveSection(Section section, int delta) {
        form.moveSection(section, delta);
        changed();
    }

    public void addLine(Lines lines) {
        if (!lines.addLine()) {
            Messages.addGlobalWarn(Texts.get("resumes.edit.full", ResumeForm.MAX_LINES));
        }
        changed();
    }

    public void removeLine(Lines lines, Line line) {
        lines.removeLine(line);
        changed();
    }

    public void moveLine(Lines lines, Line line, int delta) {
        lines.moveLine(line, delta);
        changed();
    }

    public void addProfile() {
        if (!form.addProfile()) {
            Messages.addGlobalWarn(Texts.get("resumes.edit.full", ResumeForm.MAX_ENTRIES));
        }
        changed();
    }

    public void removeProfile(Entry profile) {
        form.removeProfile(profile);
        changed();
    }

    void changed() {
        if (status != Status.STALE) {
            status = Status.UNSAVED;
        }
        var edited = ResumeForms.readLeniently(form);
        drafts.put(id, edited.resume(), edited.layout(), designOrDefault());
    }

    private ResumeDesign design() {
        return new ResumeDesign(template, accent, fontSize, paper);
    }

    /** The design as chosen, or the default while a value is not valid yet (a half-typed colour). */
    private ResumeDesign designOrDefault() {
        try {
            return design();
        } catch (IllegalArgumentException | NullPointerException e) {
            return ResumeDesign.DEFAULT;
        }
    }

    /** The preview's address; it changes with every draft, so the frame reloads. */
    public String getPreviewPath() {
        return "resumes/preview/?id=" + id + "&rev=" + drafts.revision(id) + "&v=" + version;
    }

    public List<Template> getTemplates() {
        return List.of(Template.values());
    }

    public List<Paper> getPapers() {
        return List.of(Paper.values());
    }

    public List<Integer> getFontSizes() {
        return IntStream.rangeClosed(ResumeDesign.MIN_FONT_SIZE, ResumeDesign.MAX_FONT_SIZE).boxed().toList();
    }

    /** The {@code id} of the address, as given. */
    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ResumeForm getForm() {
        return form;
    }

    public Template getTemplate() {
        return template;
    }

    public void setTemplate(Template template) {
        this.template = template;
    }

    public String getAccent() {
        return accent;
    }

    public void setAccent(String accent) {
        this.accent = accent;
    }

    public int getFontSize() {
        return fontSize;
    }

    public void setFontSize(int fontSize) {
        this.fontSize = fontSize;
    }

    public Paper getPaper() {
        return paper;
    }

    public void setPaper(Paper paper) {
        this.paper = paper;
    }

    public long getVersion() {
        return version;
    }

    public Status getStatus() {
        return status;
    }
}
