package com.airesume.resumes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One resume of one account. The owner is kept as an id, not as the accounts feature's entity, so the two features
 * meet only at the database's foreign key (deleting an account deletes its resumes). The content is stored as the
 * JSON Resume file that {@code resumes.control.JsonResumeWriter} makes (the service converts, so this package does
 * not depend on the control one); a version guards against two tabs overwriting each other. The design is kept in
 * columns (so the database checks it); the section layout, like the content, as the control package's JSON.
 */
@Entity
@Table(name = "resumes")
@NamedQuery(name = Resume.FIND_BY_OWNER,
        query = "SELECT r FROM Resume r WHERE r.ownerId = :owner ORDER BY r.updatedAt DESC, r.id DESC")
@NamedQuery(name = Resume.FIND_BY_OWNER_AND_ID,
        query = "SELECT r FROM Resume r WHERE r.ownerId = :owner AND r.id = :id")
public class Resume {

    public static final String FIND_BY_OWNER = "Resume.findByOwner";
    public static final String FIND_BY_OWNER_AND_ID = "Resume.findByOwnerAndId";
    public static final int TITLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Template template = ResumeDesign.DEFAULT.template();

    @Column(nullable = false, length = 7)
    private String accent = ResumeDesign.DEFAULT.accent();

    @Column(name = "font_size", nullable = false)
    private int fontSize = ResumeDesign.DEFAULT.fontSize();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Paper paper = ResumeDesign.DEFAULT.paper();

    @Column(name = "sections", nullable = false)
    private String sectionsJson = "[]";

    @Version
    private long version;

    protected Resume() {
    }

    /**
     * @param contentJson the content as a JSON Resume file
     */
    public Resume(long ownerId, String title, String contentJson, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = Objects.requireNonNull(now, "now");
        rename(title, now);
        replaceContent(contentJson, now);
    }

    /** Whether a title can be a resume's: 1 to 120 characters, no control or invisible formatting characters. */
    public static boolean isValidTitle(String title) {
        return title != null && !title.isBlank() && title.strip().length() <= TITLE_MAX
                && title.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT);
    }

    public void rename(String newTitle, Instant now) {
        if (!isValidTitle(newTitle)) {
            throw new IllegalArgumentException("A title is 1 to " + TITLE_MAX + " visible characters");
        }
        this.title = newTitle.strip();
        this.updatedAt = now;
    }

    public void replaceContent(String contentJson, Instant now) {
        this.content = Objects.requireNonNull(contentJson, "contentJson");
        this.updatedAt = now;
    }

    public ResumeDesign getDesign() {
        return new ResumeDesign(template, accent, fontSize, paper);
    }

    public void redesign(ResumeDesign design, Instant now) {
        Objects.requireNonNull(design, "design");
        if (!design.equals(getDesign())) {
            template = design.template();
            accent = design.accent();
            fontSize = design.fontSize();
            paper = design.paper();
            updatedAt = now;
        }
    }

    /** The sections' order, visibility and titles as stored: a JSON list. */
    public String getSectionsJson() {
        return sectionsJson;
    }

    public void arrangeSections(String layoutJson, Instant now) {
        if (!Objects.requireNonNull(layoutJson, "layoutJson").equals(sectionsJson)) {
            sectionsJson = layoutJson;
            updatedAt = now;
        }
    }

    /** The content as stored: a JSON Resume file. */
    public String getContentJson() {
        return content;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
