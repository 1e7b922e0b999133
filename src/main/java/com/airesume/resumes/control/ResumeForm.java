package com.airesume.resumes.control;

import com.airesume.resumes.entity.ResumeSection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the editor shows and people type into: the resume as mutable text fields, so a page binds to it directly
 * and nothing typed is lost, even text that is not valid yet (a half-written date stays as typed until a save
 * names the problem beside it). {@link ResumeForms} fills it from a resume and reads it back.
 *
 * <p>Every section has the same parts: entries made of named fields and named lists of lines (highlights,
 * keywords, courses…). That one shape lets one page template edit all of them.</p>
 */
public final class ResumeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most entries a section holds, and lines a list holds: enough for any resume, and a bound on state. */
    public static final int MAX_ENTRIES = 40;
    public static final int MAX_LINES = 25;
    public static final int MAX_CUSTOM_SECTIONS = 10;

    private final Entry basics;
    private final List<Entry> profiles;
    private final List<Section> sections;
    private final Entry kept;

    /**
     * @param kept the fields the editor does not show (the image address and the meta block), carried through
     *        unchanged so saving never loses what an import brought
     */
    ResumeForm(Entry basics, List<Entry> profiles, List<Section> sections, Entry kept) {
        this.basics = basics;
        this.profiles = new ArrayList<>(profiles);
        this.sections = new ArrayList<>(sections);
        this.kept = kept;
    }

    public Entry getBasics() {
        return basics;
    }

    public List<Entry> getProfiles() {
        return profiles;
    }

    public List<Section> getSections() {
        return sections;
    }

    Entry kept() {
        return kept;
    }

    /** The section of this kind. */
    public Section section(ResumeSection kind) {
        return sections.stream().filter(s -> s.kind == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + kind));
    }

    /** Moves a section up ({@code -1}) or down ({@code +1}) in the order, if it can go there. */
    public void moveSection(Section section, int delta) {
        move(sections, section, delta);
    }

    public boolean addProfile() {
        return add(profiles, ResumeForms.newProfile());
    }

    public void removeProfile(Entry profile) {
        profiles.remove(profile);
    }

    /** Clears every error shown beside a field. */
    public void clearErrors() {
        basics.clearErrors();
        profiles.forEach(Entry::clearErrors);
        sections.forEach(s -> s.entries.forEach(Entry::clearErrors));
        customs().forEach(c -> {
            c.title.error = null;
            c.entries.forEach(Entry::clearErrors);
        });
    }

    /** Whether any field shows an error. */
    public boolean hasErrors() {
        return basics.hasErrors() || profiles.stream().anyMatch(Entry::hasErrors)
                || sections.stream().anyMatch(s -> s.entries.stream().anyMatch(Entry::hasErrors))
                || customs().anyMatch(c -> c.title.error != null || c.entries.stream().anyMatch(Entry::hasErrors));
    }

    /** Every line of every list, in the form's order. */
    public Stream<Line> lines() {
        Stream<Entry> entries = Stream.concat(sections.stream().flatMap(s -> s.entries.stream()),
                customs().flatMap(c -> c.entries.stream()));
        return entries.flatMap(e -> e.lists.stream()).flatMap(l -> l.lines.stream());
    }

    /**
     * Adds skills as keywords of the first Skills entry (a new one when there is none), leaving out those already
     * listed in any letter case.
     *
     * @return how many were added; fewer when the list is full
     */
    public int addSkills(List<String> skills) {
        Section section = section(ResumeSection.SKILLS);
        if (section.entries.isEmpty() && !section.addEntry()) {
            return 0;
        }
        Lines keywords = section.entries.get(0).list("keywords");
        keywords.lines.removeIf(line -> ResumeForms.isBlank(line.text));
        int added = 0;
        for (String skill : skills) {
            boolean listed = keywords.lines.stream().anyMatch(l -> l.text.strip().equalsIgnoreCase(skill.strip()));
            if (!listed && !skill.isBlank() && keywords.addLine()) {
                keywords.lines.get(keywords.lines.size() - 1).text = skill.strip();
                added++;
            }
        }
        return added;
    }

    private Stream<Custom> customs() {
        return sections.stream().flatMap(s -> s.customs.stream());
    }

    static <T> boolean add(List<T> list, T item) {
        if (list.size() >= MAX_ENTRIES) {
            return false;
        }
        list.add(item);
        return true;
    }

    static <T> void move(List<T> list, T item, int delta) {
        int from = list.indexOf(item);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < list.size()) {
            list.remove(from);
            list.add(to, item);
        }
    }

    /** Entries that can be added, removed and moved: a section's, or a custom section's. */
    public interface EntryList {

        List<Entry> getEntries();

        /** Adds an empty entry at the end; false when the list is full. */
        boolean addEntry();

        default void removeEntry(Entry entry) {
            getEntries().remove(entry);
        }

        default void moveEntry(Entry entry, int delta) {
            move(getEntries(), entry, delta);
        }
    }

    /**
     * One section: its place, title and visibility on the resume, and its entries; the place of the person's own
     * sections holds those instead.
     */
    public static final class Section implements EntryList, Serializable {

        private static final long serialVersionUID = 1L;

        private final ResumeSection kind;
        private String title;
        private boolean visible;
        private final List<Entry> entries;
        private final List<Custom> customs;

        Section(ResumeSection kind, String title, boolean visible, List<Entry> entries, List<Custom> customs) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.title = title;
            this.visible = visible;
            this.entries = new ArrayList<>(entries);
            this.customs = new ArrayList<>(customs);
        }

        public ResumeSection getKind() {
            return kind;
        }

        public String getKey() {
            return kind.key();
        }

        /** Whether the section has entries of its own (the summary's text lives in the basics). */
        public boolean isWithEntries() {
            return ResumeForms.hasEntries(kind);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public boolean isVisible() {
            return visible;
        }

        public void setVisible(boolean visible) {
            this.visible = visible;
        }

        /** Whether this is the place of the person's own sections. */
        public boolean isCustom() {
            return kind == ResumeSection.CUSTOM;
        }

        @Override
        public List<Entry> getEntries() {
            return entries;
        }

        @Override
        public boolean addEntry() {
            return add(entries, ResumeForms.newEntry(kind));
        }

        /** The person's own sections, for the {@code CUSTOM} place. */
        public List<Custom> getCustoms() {
            return customs;
        }

        /** Adds an untitled custom section with one empty entry; false when there are as many as can be. */
        public boolean addCustom() {
            if (!isCustom() || customs.size() >= MAX_CUSTOM_SECTIONS) {
                return false;
            }
            Custom custom = ResumeForms.newCustom();
            custom.addEntry();
            customs.add(custom);
            return true;
        }

        public void removeCustom(Custom custom) {
            customs.remove(custom);
        }

        public void moveCustom(Custom custom, int delta) {
            move(customs, custom, delta);
        }
    }

    /** A section of the person's own: its title (a field, so a save can say it is missing) and entries. */
    public static final class Custom implements EntryList, Serializable {

        private static final long serialVersionUID = 1L;

        private final Field title;
        private final List<Entry> entries;

        Custom(Field title, List<Entry> entries) {
            this.title = title;
            this.entries = new ArrayList<>(entries);
        }

        public Field getTitle() {
            return title;
        }

        @Override
        public List<Entry> getEntries() {
            return entries;
        }

        @Override
        public boolean addEntry() {
            return add(entries, ResumeForms.newCustomEntry());
        }

        boolean isBlank() {
            return ResumeForms.isBlank(title.getValue()) && entries.stream().allMatch(Entry::isBlank);
        }
    }

    /** One entry (a job, a school…): its fields and its lists of lines. */
    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String id = UUID.randomUUID().toString();
        private final List<Field> fields;
        private final List<Lines> lists;

        Entry(List<Field> fields, List<Lines> lists) {
            this.fields = List.copyOf(fields);
            this.lists = List.copyOf(lists);
        }

        /** A stable identity for the page, whatever the entry's position. */
        public String getId() {
            return id;
        }

        public List<Field> getFields() {
            return fields;
        }

        public List<Lines> getLists() {
            return lists;
        }

        public Field field(String name) {
            return fields.stream().filter(f -> f.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No field " + name));
        }

        public Lines list(String name) {
            return lists.stream().filter(l -> l.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No list " + name));
        }

        /** Whether nothing was typed into it: such an entry is dropped on save. */
        public boolean isBlank() {
            return fields.stream().allMatch(f -> ResumeForms.isBlank(f.value))
                    && lists.stream().allMatch(l -> l.lines.stream().allMatch(x -> ResumeForms.isBlank(x.text)));
        }

        void clearErrors() {
            fields.forEach(f -> f.error = null);
        }

        boolean hasErrors() {
            return fields.stream().anyMatch(f -> f.error != null);
        }
    }

    /** What a field holds, which decides its input and its check. */
    public enum Kind {
        TEXT, LONG_TEXT, DATE, END_DATE, URL, EMAIL, PHONE;

        /** The input's HTML type. */
        public String getInputType() {
            return switch (this) {
                case URL -> "url";
                case EMAIL -> "email";
                case PHONE -> "tel";
                default -> "text";
            };
        }

        public boolean isLong() {
            return this == LONG_TEXT;
        }

        public boolean isDate() {
            return this == DATE || this == END_DATE;
        }
    }

    /** A text the writing assistant can work on: a long field or one line of a list. */
    public interface Text {

        String getId();

        /** The text as typed, never null. */
        String text();

        /** Puts an accepted suggestion in place of the text. */
        void replace(String text);
    }

    /** A field as typed, and the bundle key of its problem after a save, if any. */
    public static final class Field implements Text, Serializable {

        private static final long serialVersionUID = 1L;

        private final String id = UUID.randomUUID().toString();
        private final String name;
        private final Kind kind;
        private String value;
        private String error;

        Field(String name, Kind kind, String value) {
            this.name = name;
            this.kind = kind;
            this.value = value;
        }

        /** A stable identity for the page, to tie the field to its error text. */
        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Kind getKind() {
            return kind;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getError() {
            return error;
        }

        @Override
        public String text() {
            return value == null ? "" : value;
        }

        @Override
        public void replace(String text) {
            value = text;
        }

        void reject(String errorKey) {
            if (error == null) {
                error = errorKey;
            }
        }
    }

    /** A named list of one-line texts: highlights, keywords, courses, roles. */
    public static final class Lines implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final List<Line> lines;

        Lines(String name, List<String> texts) {
            this.name = name;
            this.lines = new ArrayList<>(texts.stream().map(Line::new).toList());
        }

        public String getName() {
            return name;
        }

        public List<Line> getLines() {
            return lines;
        }

        public boolean addLine() {
            if (lines.size() >= MAX_LINES) {
                return false;
            }
            lines.add(new Line(null));
            return true;
        }

        public void removeLine(Line line) {
            lines.remove(line);
        }

        public void moveLine(Line line, int delta) {
            move(lines, line, delta);
        }

        List<String> texts() {
            return lines.stream().map(l -> l.text).filter(t -> !ResumeForms.isBlank(t)).map(String::strip).toList();
        }
    }

    /** One line of a list, as typed. */
    public static final class Line implements Text, Serializable {

        private static final long serialVersionUID = 1L;

        private final String id = UUID.randomUUID().toString();
        private String text;

        Line(String text) {
            this.text = text;
        }

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text == null ? "" : text;
        }

        @Override
        public void replace(String text) {
            this.text = text;
        }
    }
}
