package com.airesume.resumes.boundary;

import com.airesume.accounts.boundary.CurrentUser;
import com.airesume.ai.boundary.AiAnswer;
import com.airesume.ai.boundary.AiJobs;
import com.airesume.ai.boundary.AiProgress;
import com.airesume.ai.boundary.AiRateLimitedException;
import com.airesume.ai.control.AiRequest;
import com.airesume.ai.control.Prompts.Tone;
import com.airesume.ai.control.Suggestion;
import com.airesume.ai.control.TailorReport;
import com.airesume.ai.control.TextDiff;
import com.airesume.platform.web.Texts;
import com.airesume.resumes.control.ResumeForm;
import com.airesume.resumes.control.ResumeForm.Entry;
import com.airesume.resumes.control.ResumeForm.Lines;
import com.airesume.resumes.control.ResumeForm.Text;
import com.airesume.resumes.control.ResumeForms;
import com.airesume.resumes.entity.JsonResume;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The writing assistant inside the editor. One panel at a time opens under the text it works on (a long field, a
 * highlight, or a job's list of highlights for bullet ideas); the tailoring card at the top works on the whole
 * resume. Each request runs in {@link AiJobs}; while it runs the panel shows its step and a Cancel button, and
 * the page script asks {@link #poll} (or {@link #pollTailor}) until the answer is there. Answers are only ever
 * suggestions: nothing reaches the form until the person accepts, adds or applies it, and then only as an
 * unsaved change.
 */
@Named
@ViewScoped
public class ResumeAssistBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResumeAssistBacking.class.getName());
    /** The longest text and posting the assistant takes: a long field holds 4,000 characters. */
    static final int MAX_TEXT = 4000;
    static final int MAX_POSTING = 20000;

    @Inject
    ResumeEditBacking editor;

    @Inject
    AiJobs jobs;

    @Inject
    CurrentUser currentUser;

    private String openId;
    private String jobId;
    private AiProgress progress;
    private String edited;
    private Tone tone = Tone.PROFESSIONAL;
    private String notice;
    private List<TextDiff.Piece> diff;
    private final Set<Integer> addedLines = new HashSet<>();

    private String posting;
    private String tailorJobId;
    private AiProgress tailorProgress;
    private String tailorNotice;
    private final List<EditRow> edits = new ArrayList<>();

    /** A suggested edit of the tailoring report, as the person may still change it before applying. */
    public static final class EditRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int index;
        private final TailorReport.Edit edit;
        private String after;
        private List<TextDiff.Piece> diff;

        EditRow(int index, TailorReport.Edit edit) {
            this.index = index;
            this.edit = edit;
            this.after = edit.after();
        }

        public int getIndex() {
            return index;
        }

        public TailorReport.Edit getEdit() {
            return edit;
        }

        public String getAfter() {
            return after;
        }

        public void setAfter(String after) {
            this.after = after;
        }

        /** The edit word by word, worked out once. */
        public List<TextDiff.Piece> getDiff() {
            if (diff == null) {
                diff = edit.diff();
            }
            return diff;
        }
    }

    public void open(Text text) {
        reset(text.getId());
    }

    public void close() {
        cancel();
        reset(null);
    }

    public void improve(Text text) {
        startOn(text, AiRequest.Improve::new);
    }

    public void fixGrammar(Text text) {
        startOn(text, AiRequest.FixGrammar::new);
    }

    public void changeTone(Text text) {
        startOn(text, typed -> new AiRequest.ChangeTone(typed, tone));
    }

    public void writeSummary(Text summary) {
        start(summary.getId(), new AiRequest.WriteSummary(draft()));
    }

    /** Bullet ideas for a job, from its position and employer. */
    public void suggestBullets(Entry job) {
        String position = job.field("position").text();
        if (position.isBlank()) {
            reset(bulletsId(job));
            notice = Texts.get("ai.bullets.position");
            return;
        }
        List<String> existing = job.list("highlights").getLines().stream().map(Text::text)
                .filter(t -> !t.isBlank()).toList();
        start(bulletsId(job), new AiRequest.SuggestBullets(position, job.field("name").text(), existing, draft()));
    }

    public void poll() {
        if (jobId != null) {
            progress = jobs.progress(currentUser.id(), jobId);
            if (!progress.isRunning()) {
                jobId = null;
            }
            suggestion().ifPresent(s -> {
                edited = s.text();
                diff = s.diff();
            });
        }
    }

    public void cancel() {
        if (jobId != null) {
            jobs.cancel(currentUser.id(), jobId);
            jobId = null;
            progress = null;
            notice = Texts.get("ai.cancelled");
        }
    }

    /** Puts the suggestion, as the person may have edited it, in place of the text. */
    public void accept(Text text) {
        if (text.getId().equals(openId) && edited != null) {
            text.replace(edited.strip());
            editor.changed();
        }
        reset(null);
    }

    /** Adds one suggested bullet to the job's highlights. */
    public void addLine(Lines highlights, int index) {
        Optional<Suggestion> suggestion = suggestion();
        if (suggestion.isEmpty() || index < 0 || index >= suggestion.get().lines().size()
                || addedLines.contains(index)) {
            return;
        }
        List<? extends Text> lines = highlights.getLines();
        Text empty = lines.stream().filter(l -> l.text().isBlank()).findFirst().orElse(null);
        if (empty == null) {
            if (!highlights.addLine()) {
                notice = Texts.get("resumes.edit.full", ResumeForm.MAX_LINES);
                return;
            }
            empty = lines.get(lines.size() - 1);
        }
        empty.replace(suggestion.get().lines().get(index));
        addedLines.add(index);
        editor.changed();
    }

    public boolean isOpen(String id) {
        return id != null && id.equals(openId);
    }

    public String bulletsId(Entry job) {
        return job.getId() + ":bullets";
    }

    public boolean isAdded(int index) {
        return addedLines.contains(index);
    }

    public AiProgress getProgress() {
        return progress;
    }

    public boolean isRunning() {
        return jobId != null;
    }

    public AiAnswer getAnswer() {
        return progress == null ? null : progress.answer();
    }

    /** The suggestion beside the original, word by word, worked out once per answer. */
    public List<TextDiff.Piece> getDiff() {
        return diff == null ? List.of() : diff;
    }

    public Suggestion getSuggestion() {
        return suggestion().orElse(null);
    }

    private Optional<Suggestion> suggestion() {
        return Optional.ofNullable(getAnswer()).map(AiAnswer::result).filter(Suggestion.class::isInstance)
                .map(Suggestion.class::cast);
    }

    // Tailoring

    public void tailor() {
        tailorNotice = null;
        edits.clear();
        tailorProgress = null;
        if (posting == null || posting.isBlank()) {
            tailorNotice = Texts.get("ai.tailor.empty");
            return;
        }
        if (posting.length() > MAX_POSTING) {
            tailorNotice = Texts.get("ai.tooLong", MAX_POSTING);
            return;
        }
        if (tailorJobId != null) {
            jobs.cancel(currentUser.id(), tailorJobId);
        }
        try {
            tailorJobId = jobs.start(currentUser.id(), new AiRequest.Tailor(draft(), posting));
            pollTailor();
        } catch (AiRateLimitedException e) {
            LOG.info(e::getMessage);
            tailorNotice = Texts.get("ai.limited", AiJobs.PER_MINUTE);
        }
    }

    public void pollTailor() {
        if (tailorJobId == null) {
            return;
        }
        tailorProgress = jobs.progress(currentUser.id(), tailorJobId);
        if (!tailorProgress.isRunning()) {
            tailorJobId = null;
        }
        report().ifPresent(report -> {
            edits.clear();
            for (int i = 0; i < report.edits().size(); i++) {
                edits.add(new EditRow(i, report.edits().get(i)));
            }
        });
    }

    public void cancelTailor() {
        if (tailorJobId != null) {
            jobs.cancel(currentUser.id(), tailorJobId);
            tailorJobId = null;
            tailorProgress = null;
            tailorNotice = Texts.get("ai.cancelled");
        }
    }

    /** Applies a suggested edit to the form, as the person left its text. */
    public void apply(EditRow row) {
        String after = row.getAfter() == null ? "" : row.getAfter().strip();
        switch (row.getEdit().kind()) {
            case ADD_SKILLS -> {
                List<String> skills = Arrays.stream(after.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                editor.getForm().addSkills(skills);
            }
            case SUMMARY -> editor.getForm().getBasics().field("summary").replace(after);
            case LINE -> {
                Optional<? extends Text> line = editor.getForm().lines()
                        .filter(l -> l.text().strip().equals(row.getEdit().before().strip())).findFirst();
                if (line.isEmpty()) {
                    tailorNotice = Texts.get("ai.tailor.lineChanged");
                    return;
                }
                line.get().replace(after);
            }
            default -> {
                return;
            }
        }
        edits.remove(row);
        editor.changed();
        tailorNotice = Texts.get("ai.tailor.applied");
    }

    public void dismiss(EditRow row) {
        edits.remove(row);
    }

    public boolean isTailoring() {
        return tailorJobId != null;
    }

    public AiProgress getTailorProgress() {
        return tailorProgress;
    }

    public AiAnswer getTailorAnswer() {
        return tailorProgress == null ? null : tailorProgress.answer();
    }

    public TailorReport getReport() {
        return report().orElse(null);
    }

    private Optional<TailorReport> report() {
        return Optional.ofNullable(getTailorAnswer()).map(AiAnswer::result).filter(TailorReport.class::isInstance)
                .map(TailorReport.class::cast);
    }

    public List<EditRow> getEdits() {
        return edits;
    }

    /** Starts a request on what the person typed, once it is there and not too long. */
    private void startOn(Text text, Function<String, AiRequest> request) {
        String typed = text.text();
        if (typed.isBlank() || typed.length() > MAX_TEXT) {
            cancel();
            reset(text.getId());
            notice = typed.isBlank() ? Texts.get("ai.empty") : Texts.get("ai.tooLong", MAX_TEXT);
            return;
        }
        start(text.getId(), request.apply(typed));
    }

    private void start(String id, AiRequest request) {
        cancel();
        reset(id);
        try {
            jobId = jobs.start(currentUser.id(), request);
            poll();
        } catch (AiRateLimitedException e) {
            LOG.info(e::getMessage);
            notice = Texts.get("ai.limited", AiJobs.PER_MINUTE);
        }
    }

    private void reset(String id) {
        openId = id;
        jobId = null;
        progress = null;
        edited = null;
        diff = null;
        notice = null;
        addedLines.clear();
    }

    private JsonResume draft() {
        return ResumeForms.readLeniently(editor.getForm()).resume();
    }

    public String getEdited() {
        return edited;
    }

    public void setEdited(String edited) {
        this.edited = edited;
    }

    public Tone getTone() {
        return tone;
    }

    public void setTone(Tone tone) {
        this.tone = tone;
    }

    public List<Tone> getTones() {
        return List.of(Tone.values());
    }

    public String getNotice() {
        return notice;
    }

    public String getPosting() {
        return posting;
    }

    public void setPosting(String posting) {
        this.posting = posting;
    }

    public String getTailorNotice() {
        return tailorNotice;
    }
}
