package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.platform.web.Texts;
import com.airesume.resumes.control.InvalidJsonResumeException;
import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.resumes.entity.Resume;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /resumes/import/}: a new resume from a JSON Resume file of at most 1 MB. The file must be UTF-8 JSON
 * that the schema allows; otherwise every problem is listed beside the file field, by where it is in the file.
 */
@Named
@RequestScoped
public class ResumeImportBacking {

    private static final int MAX_BYTES = JsonResumeReader.MAX_CHARACTERS;
    private static final int SHOWN_PROBLEMS = 20;

    @Inject
    Resumes resumes;

    @Inject
    CurrentUser currentUser;

    private String title;
    private Part file;

    public void upload() throws IOException {
        String wanted = title == null || title.isBlank() ? Texts.get("resumes.import.defaultTitle") : title;
        if (!Resume.isValidTitle(wanted)) {
            Messages.addError("title", Texts.get("resumes.edit.title.invalid", Resume.TITLE_MAX));
            return;
        }
        if (file == null || file.getSize() == 0) {
            Messages.addError("file", Texts.get("resumes.import.file.missing"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.addError("file", Texts.get("resumes.import.file.tooLarge"));
            return;
        }
        String json;
        try (InputStream in = file.getInputStream()) {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readNBytes(MAX_BYTES)))
                    .toString();
        } catch (CharacterCodingException e) {
            Messages.addError("file", Texts.get("resumes.import.file.notUtf8"));
            return;
        }
        try {
            long id = resumes.importJson(currentUser.id(), wanted, json.startsWith("\uFEFF") ? json.substring(1)
                    : json);
            Messages.addFlashGlobalInfo(Texts.get("resumes.import.done"));
            Faces.redirect("resumes/edit/?id=" + id);
        } catch (InvalidJsonResumeException e) {
            List<String> problems = e.problems();
            Messages.addError("file", Texts.get("resumes.import.file.invalid", problems.size()));
            problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> Messages.addError("file", p));
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
