package com.airesume.resumes.boundary;

import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.resumes.control.JsonResumeWriter;
import com.airesume.resumes.control.SectionLayoutJson;
import com.airesume.resumes.control.InvalidJsonResumeException;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.Template;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the editor shows but has not saved, per resume, for the preview beside it. It lives in the session of the
 * person editing, so it is only ever shown to them; it is kept in the stored formats (JSON texts and design
 * values), so the session stays serializable for a second instance; only the few most recent resumes are kept.
 */
@SessionScoped
public class PreviewDrafts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 3;

    private final Map<Long, Stored> drafts = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Stored> eldest) {
            return size() > KEPT;
        }
    };
    private long revisions;
    /**
     * Guards the map. Not {@code synchronized} methods: the callers hold Weld's client proxy, one object for the
     * whole application, and a synchronized method of the proxy made every editor in every session wait in one line.
     */
    private final Lock lock = new ReentrantLock();

    public void put(long resumeId, JsonResume content, SectionLayout layout, ResumeDesign design) {
        String contentJson = JsonResumeWriter.write(content);
        String layoutJson = SectionLayoutJson.write(layout);
        lock.lock();
        try {
            drafts.put(resumeId, new Stored(contentJson, layoutJson, design.template().name(), design.accent(),
                    design.fontSize(), design.paper().name(), ++revisions));
        } finally {
            lock.unlock();
        }
    }

    public void forget(long resumeId) {
        lock.lock();
        try {
            drafts.remove(resumeId);
        } finally {
            lock.unlock();
        }
    }

    /** The draft's revision, 0 when there is none; it changes with every draft. */
    public long revision(long resumeId) {
        Stored stored = stored(resumeId);
        return stored == null ? 0 : stored.revision();
    }

    public Optional<Draft> find(long resumeId) {
        return Optional.ofNullable(stored(resumeId)).map(Stored::draft);
    }

    private Stored stored(long resumeId) {
        lock.lock();
        try {
            return drafts.get(resumeId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * An unsaved state of a resume.
     *
     * @param content what it says
     * @param layout its sections
     * @param design how it looks
     */
    public record Draft(JsonResume content, SectionLayout layout, ResumeDesign design) {
    }

    private record Stored(String contentJson, String layoutJson, String template, String accent, int fontSize,
            String paper, long revision) implements Serializable {

        Draft draft() {
            try {
                return new Draft(JsonResumeReader.read(contentJson), SectionLayoutJson.read(layoutJson),
                        new ResumeDesign(Template.valueOf(template), accent, fontSize, Paper.valueOf(paper)));
            } catch (InvalidJsonResumeException e) {
                throw new IllegalStateException("A draft holds content the reader refuses: " + e.problems(), e);
            }
        }
    }
}
