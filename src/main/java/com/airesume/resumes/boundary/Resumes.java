package com.airesume.resumes.boundary;

import com.airesume.resumes.control.InvalidJsonResumeException;
import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.resumes.control.JsonResumeWriter;
import com.airesume.resumes.control.SectionLayoutJson;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Resume;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An account's resumes. Every method takes the owner's id and looks a resume up by owner and id together, so a
 * resume of someone else is exactly as absent as one that never existed. A save names the version it was based on
 * and is refused with {@link StaleResumeException} when another save came first, so two tabs never silently
 * overwrite each other.
 */
@Stateless
public class Resumes {

    private static final String COPY_PREFIX = "Copy of ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How many resumes there are, everyone's. */
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM Resume r", Long.class).getSingleResult();
    }

    /** How many resumes one person has. */
    public long countOf(long ownerId) {
        return em.createQuery("SELECT COUNT(r) FROM Resume r WHERE r.ownerId = :owner", Long.class)
                .setParameter("owner", ownerId).getSingleResult();
    }

    /** The owner's resumes, the most recently changed first. */
    public List<ResumeSummary> list(long ownerId) {
        return em.createNamedQuery(Resume.FIND_BY_OWNER, Resume.class).setParameter("owner", ownerId)
                .getResultStream().map(r -> new ResumeSummary(r.getId(), r.getTitle(), r.getUpdatedAt())).toList();
    }

    public long create(long ownerId, String title, JsonResume content) {
        Resume resume = new Resume(ownerId, title, JsonResumeWriter.write(content), clock.instant());
        em.persist(resume);
        em.flush();
        return resume.getId();
    }

    /** @throws InvalidJsonResumeException naming every problem of the file */
    public long importJson(long ownerId, String title, String json) throws InvalidJsonResumeException {
        return create(ownerId, title, JsonResumeReader.read(json));
    }

    public Optional<Resume> find(long ownerId, long id) {
        return em.createNamedQuery(Resume.FIND_BY_OWNER_AND_ID, Resume.class).setParameter("owner", ownerId)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** @throws ResumeNotFoundException when the owner has no such resume */
    public Resume get(long ownerId, long id) {
        return find(ownerId, id).orElseThrow(() -> new ResumeNotFoundException(id));
    }

    /** The content, read back from what is stored (always the writer's own output). */
    public JsonResume content(long ownerId, long id) {
        return content(get(ownerId, id));
    }

    private static JsonResume content(Resume resume) {
        try {
            return JsonResumeReader.read(resume.getContentJson());
        } catch (InvalidJsonResumeException e) {
            throw new IllegalStateException("Resume " + resume.getId() + " holds content the reader refuses: "
                    + e.problems(), e);
        }
    }

    /** The resume as the editor opens it. */
    public ResumeDraft open(long ownerId, long id) {
        Resume resume = get(ownerId, id);
        return new ResumeDraft(id, resume.getTitle(), content(resume), resume.getDesign(),
                SectionLayoutJson.read(resume.getSectionsJson()), resume.getVersion(), resume.getUpdatedAt());
    }

    /**
     * Replaces title, content, design and layout together.
     *
     * @param basedOn the version the editor opened or last saved
     * @return the new version
     * @throws StaleResumeException when the resume changed since that version
     */
    public long save(long ownerId, long id, long basedOn, String title, JsonResume content, ResumeDesign design,
            SectionLayout layout) {
        Resume resume = get(ownerId, id);
        if (resume.getVersion() != basedOn) {
            throw new StaleResumeException(id);
        }
        var now = clock.instant();
        resume.rename(title, now);
        resume.replaceContent(JsonResumeWriter.write(content), now);
        resume.redesign(design, now);
        resume.arrangeSections(SectionLayoutJson.write(layout), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleResumeException(id);
        }
        return resume.getVersion();
    }

    /** The resume as a JSON Resume file, for download. */
    public String exportJson(long ownerId, long id) {
        return get(ownerId, id).getContentJson();
    }

    public void rename(long ownerId, long id, String title) {
        get(ownerId, id).rename(title, clock.instant());
    }

    /** A copy titled "Copy of …", shortened to fit. */
    public long duplicate(long ownerId, long id) {
        Resume original = get(ownerId, id);
        Resume copy = new Resume(ownerId, copyTitle(original.getTitle()), original.getContentJson(), clock.instant());
        copy.redesign(original.getDesign(), clock.instant());
        copy.arrangeSections(original.getSectionsJson(), clock.instant());
        em.persist(copy);
        em.flush();
        return copy.getId();
    }

    static String copyTitle(String title) {
        String copy = COPY_PREFIX + title;
        if (copy.length() <= Resume.TITLE_MAX) {
            return copy;
        }
        int end = Resume.TITLE_MAX - 1;
        if (Character.isHighSurrogate(copy.charAt(end - 1))) {
            end--;
        }
        return copy.substring(0, end).strip() + "…";
    }

    public void delete(long ownerId, long id) {
        em.remove(get(ownerId, id));
    }
}
