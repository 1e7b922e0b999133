package com.airesume.resumes.control;

import com.airesume.resumes.control.ResumeForm.Custom;
import com.airesume.resumes.control.ResumeForm.Entry;
import com.airesume.resumes.control.ResumeForm.Field;
import com.airesume.resumes.control.ResumeForm.Kind;
import com.airesume.resumes.control.ResumeForm.Lines;
import com.airesume.resumes.control.ResumeForm.Section;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDate;
import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.SectionSetting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a resume into the editor's {@link ResumeForm} and back. Reading back is either strict, for a save (every
 * field that cannot be stored gets the bundle key of its problem, and nothing is returned until there are none),
 * or lenient, for the live preview (what cannot be read yet is left out, and the form is not marked).
 *
 * <p>The fields of each section are its JSON Resume fields, all of them, so an imported resume survives editing
 * unchanged; the few the editor does not show (the image address and the meta block) are carried through.</p>
 */
public final class ResumeForms {

    /** The longest one-line text, multi-line text and list line accepted. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_LONG_TEXT = 4000;
    public static final int MAX_LINE = 300;

    public static final String ERROR_DATE = "resumes.edit.error.date";
    public static final String ERROR_DATE_ORDER = "resumes.edit.error.dateOrder";
    public static final String ERROR_URL = "resumes.edit.error.url";
    public static final String ERROR_EMAIL = "resumes.edit.error.email";
    public static final String ERROR_TOO_LONG = "resumes.edit.error.tooLong";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST_FIRST = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(/.*)?");

    private static final Map<ResumeSection, Shape> SHAPES = new EnumMap<>(ResumeSection.class);

    static {
        SHAPES.put(ResumeSection.WORK, shape("position:TEXT name:TEXT location:TEXT url:URL startDate:DATE"
                + " endDate:END_DATE description:TEXT summary:LONG_TEXT", "highlights"));
        SHAPES.put(ResumeSection.VOLUNTEER, shape("position:TEXT organization:TEXT url:URL startDate:DATE"
                + " endDate:END_DATE summary:LONG_TEXT", "highlights"));
        SHAPES.put(ResumeSection.EDUCATION, shape("institution:TEXT studyType:TEXT area:TEXT score:TEXT url:URL"
                + " startDate:DATE endDate:END_DATE", "courses"));
        SHAPES.put(ResumeSection.AWARDS, shape("title:TEXT awarder:TEXT date:DATE summary:LONG_TEXT"));
        SHAPES.put(ResumeSection.CERTIFICATES, shape("name:TEXT issuer:TEXT date:DATE url:URL"));
        SHAPES.put(ResumeSection.PUBLICATIONS, shape("name:TEXT publisher:TEXT releaseDate:DATE url:URL"
                + " summary:LONG_TEXT"));
        SHAPES.put(ResumeSection.SKILLS, shape("name:TEXT level:TEXT", "keywords"));
        SHAPES.put(ResumeSection.LANGUAGES, shape("language:TEXT fluency:TEXT"));
        SHAPES.put(ResumeSection.INTERESTS, shape("name:TEXT", "keywords"));
        SHAPES.put(ResumeSection.REFERENCES, shape("name:TEXT reference:LONG_TEXT"));
        SHAPES.put(ResumeSection.PROJECTS, shape("name:TEXT entity:TEXT type:TEXT url:URL startDate:DATE"
                + " endDate:END_DATE description:LONG_TEXT", "highlights", "roles", "keywords"));
    }

    private static final Shape BASICS = shape("name:TEXT label:TEXT email:EMAIL phone:PHONE url:URL"
            + " summary:LONG_TEXT address:TEXT postalCode:TEXT city:TEXT region:TEXT countryCode:TEXT");
    private static final Shape PROFILE = shape("network:TEXT username:TEXT url:URL");
    private static final Shape CUSTOM_ENTRY = shape("name:TEXT description:TEXT url:URL startDate:DATE"
            + " endDate:END_DATE summary:LONG_TEXT", "highlights");
    public static final String ERROR_TITLE = "resumes.edit.error.customTitle";
    private static final Shape KEPT = shape("image:TEXT canonical:TEXT version:TEXT lastModified:TEXT");

    private final boolean strict;

    private ResumeForms(boolean strict) {
        this.strict = strict;
    }

    /** The resume and its layout as the editor's form, sections in the layout's order. */
    public static ResumeForm of(JsonResume r, SectionLayout layout) {
        JsonResume.Basics b = r.basics();
        JsonResume.Location l = b.location();
        Entry basics = BASICS.entry(b.name(), b.label(), b.email(), b.phone(), b.url(), b.summary(), l.address(),
                l.postalCode(), l.city(), l.region(), l.countryCode()).done();
        List<Entry> profiles = b.profiles().stream().map(p -> PROFILE.entry(p.network(), p.username(), p.url()).done())
                .toList();
        List<Section> sections = new ArrayList<>();
        for (SectionSetting s : layout.sections()) {
            sections.add(new Section(s.section(), s.title(), s.visible(), entries(r, s.section()),
                    s.section() == ResumeSection.CUSTOM ? customs(r) : List.of()));
        }
        Entry kept = KEPT.entry(b.image(), r.meta().canonical(), r.meta().version(), r.meta().lastModified()).done();
        return new ResumeForm(basics, profiles, sections, kept);
    }

    private static List<Custom> customs(JsonResume r) {
        return r.customSections().stream().map(c -> new Custom(new Field("title", Kind.TEXT, c.title()),
                map(c.entries(), e -> CUSTOM_ENTRY.entry(e.name(), e.description(), e.url(), e.startDate(),
                        e.endDate(), e.summary()).with(e.highlights())))).toList();
    }

    private static List<Entry> entries(JsonResume r, ResumeSection section) {
        Shape s = SHAPES.get(section);
        return switch (section) {
            case SUMMARY, CUSTOM -> List.of();
            case WORK -> map(r.work(), w -> s.entry(w.position(), w.name(), w.location(), w.url(), w.startDate(),
                    w.endDate(), w.description(), w.summary()).with(w.highlights()));
            case VOLUNTEER -> map(r.volunteer(), v -> s.entry(v.position(), v.organization(), v.url(),
                    v.startDate(), v.endDate(), v.summary()).with(v.highlights()));
            case EDUCATION -> map(r.education(), e -> s.entry(e.institution(), e.studyType(), e.area(), e.score(),
                    e.url(), e.startDate(), e.endDate()).with(e.courses()));
            case AWARDS -> map(r.awards(), a -> s.entry(a.title(), a.awarder(), a.date(), a.summary()).done());
            case CERTIFICATES -> map(r.certificates(), c -> s.entry(c.name(), c.issuer(), c.date(), c.url())
                    .done());
            case PUBLICATIONS -> map(r.publications(), p -> s.entry(p.name(), p.publisher(), p.releaseDate(),
                    p.url(), p.summary()).done());
            case SKILLS -> map(r.skills(), k -> s.entry(k.name(), k.level()).with(k.keywords()));
            case LANGUAGES -> map(r.languages(), g -> s.entry(g.language(), g.fluency()).done());
            case INTERESTS -> map(r.interests(), i -> s.entry(i.name()).with(i.keywords()));
            case REFERENCES -> map(r.references(), f -> s.entry(f.name(), f.reference()).done());
            case PROJECTS -> map(r.projects(), p -> s.entry(p.name(), p.entity(), p.type(), p.url(), p.startDate(),
                    p.endDate(), p.description()).with(p.highlights(), p.roles(), p.keywords()));
        };
    }

    /**
     * The form as a resume and layout for saving; when a field cannot be stored, it is marked with its problem and
     * the result is empty.
     */
    public static Optional<Edited> read(ResumeForm form) {
        form.clearErrors();
        Edited edited = new ResumeForms(true).edited(form);
        return form.hasErrors() ? Optional.empty() : Optional.of(edited);
    }

    /** The form as a resume and layout for the preview: what cannot be read yet is left out, nothing is marked. */
    public static Edited readLeniently(ResumeForm form) {
        return new ResumeForms(false).edited(form);
    }

    private Edited edited(ResumeForm form) {
        Entry b = form.getBasics();
        Entry kept = form.kept();
        JsonResume.Basics basics = new JsonResume.Basics(text(b, "name"), text(b, "label"), kept.field("image")
                .getValue(), email(b, "email"), text(b, "phone"), url(b, "url"), text(b, "summary"),
                new JsonResume.Location(text(b, "address"), text(b, "postalCode"), text(b, "city"),
                        text(b, "countryCode"), text(b, "region")),
                present(form.getProfiles()).stream().map(p -> new JsonResume.Profile(text(p, "network"),
                        text(p, "username"), url(p, "url"))).toList());
        JsonResume resume = new JsonResume(basics,
                entries(form, ResumeSection.WORK, e -> new JsonResume.Work(text(e, "name"), text(e, "location"),
                        text(e, "description"), text(e, "position"), url(e, "url"), date(e, "startDate"),
                        endDate(e), text(e, "summary"), lines(e, "highlights"))),
                entries(form, ResumeSection.VOLUNTEER, e -> new JsonResume.Volunteer(text(e, "organization"),
                        text(e, "position"), url(e, "url"), date(e, "startDate"), endDate(e), text(e, "summary"),
                        lines(e, "highlights"))),
                entries(form, ResumeSection.EDUCATION, e -> new JsonResume.Education(text(e, "institution"),
                        url(e, "url"), text(e, "area"), text(e, "studyType"), date(e, "startDate"), endDate(e),
                        text(e, "score"), lines(e, "courses"))),
                entries(form, ResumeSection.AWARDS, e -> new JsonResume.Award(text(e, "title"), date(e, "date"),
                        text(e, "awarder"), text(e, "summary"))),
                entries(form, ResumeSection.CERTIFICATES, e -> new JsonResume.Certificate(text(e, "name"),
                        date(e, "date"), url(e, "url"), text(e, "issuer"))),
                entries(form, ResumeSection.PUBLICATIONS, e -> new JsonResume.Publication(text(e, "name"),
                        text(e, "publisher"), date(e, "releaseDate"), url(e, "url"), text(e, "summary"))),
                entries(form, ResumeSection.SKILLS, e -> new JsonResume.Skill(text(e, "name"), text(e, "level"),
                        lines(e, "keywords"))),
                entries(form, ResumeSection.LANGUAGES, e -> new JsonResume.Language(text(e, "language"),
                        text(e, "fluency"))),
                entries(form, ResumeSection.INTERESTS, e -> new JsonResume.Interest(text(e, "name"),
                        lines(e, "keywords"))),
                entries(form, ResumeSection.REFERENCES, e -> new JsonResume.Reference(text(e, "name"),
                        text(e, "reference"))),
                entries(form, ResumeSection.PROJECTS, e -> new JsonResume.Project(text(e, "name"),
                        text(e, "description"), lines(e, "highlights"), lines(e, "keywords"), date(e, "startDate"),
                        endDate(e), url(e, "url"), lines(e, "roles"), text(e, "entity"), text(e, "type"))),
                new JsonResume.Meta(kept.field("canonical").getValue(), kept.field("version").getValue(),
                        kept.field("lastModified").getValue()),
                form.section(ResumeSection.CUSTOM).getCustoms().stream().filter(c -> !c.isBlank())
                        .map(this::customSection).toList());
        SectionLayout layout = new SectionLayout(form.getSections().stream()
                .map(s -> new SectionSetting(s.getKind(), s.getTitle(), s.isVisible())).toList());
        return new Edited(resume, layout);
    }

    private JsonResume.CustomSection customSection(Custom custom) {
        Field title = custom.getTitle();
        if (isBlank(title.getValue())) {
            reject(title, ERROR_TITLE);
        } else if (title.getValue().strip().length() > SectionSetting.TITLE_MAX_LENGTH) {
            reject(title, ERROR_TOO_LONG);
        }
        return new JsonResume.CustomSection(isBlank(title.getValue()) ? null : title.getValue().strip(),
                present(custom.getEntries()).stream().map(e -> new JsonResume.CustomEntry(text(e, "name"),
                        text(e, "description"), url(e, "url"), date(e, "startDate"), endDate(e), text(e, "summary"),
                        lines(e, "highlights"))).toList());
    }

    /**
     * A form read back.
     *
     * @param resume the content
     * @param layout the sections' order, titles and visibility
     */
    public record Edited(JsonResume resume, SectionLayout layout) {
    }

    static boolean hasEntries(ResumeSection section) {
        return SHAPES.containsKey(section);
    }

    static Entry newEntry(ResumeSection section) {
        Shape shape = SHAPES.get(section);
        if (shape == null) {
            throw new IllegalArgumentException("The " + section + " section has no entries");
        }
        return shape.entry().with();
    }

    static Entry newCustomEntry() {
        return CUSTOM_ENTRY.entry().with();
    }

    static Custom newCustom() {
        return new Custom(new Field("title", Kind.TEXT, null), List.of());
    }

    static Entry newProfile() {
        return PROFILE.entry().done();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private <T> List<T> entries(ResumeForm form, ResumeSection section, Function<Entry, T> read) {
        return present(form.section(section).getEntries()).stream().map(read).toList();
    }

    private static List<Entry> present(List<Entry> entries) {
        return entries.stream().filter(e -> !e.isBlank()).toList();
    }

    private String text(Entry entry, String name) {
        Field field = entry.field(name);
        String value = field.getValue();
        if (isBlank(value)) {
            return null;
        }
        int max = field.getKind() == Kind.LONG_TEXT ? MAX_LONG_TEXT : MAX_TEXT;
        if (value.strip().length() > max) {
            return reject(field, ERROR_TOO_LONG);
        }
        return value.strip();
    }

    private List<String> lines(Entry entry, String name) {
        List<String> texts = entry.list(name).texts();
        return texts.stream().map(t -> t.length() > MAX_LINE ? t.substring(0, MAX_LINE) : t).toList();
    }

    private ResumeDate date(Entry entry, String name) {
        Field field = entry.field(name);
        if (isBlank(field.getValue())) {
            return null;
        }
        return ResumeDate.parse(field.getValue()).orElseGet(() -> reject(field, ERROR_DATE));
    }

    /** An end date: blank or "present" is an open end; it may not come before the start. */
    private ResumeDate endDate(Entry entry) {
        Field field = entry.field("endDate");
        if (isBlank(field.getValue()) || field.getValue().strip().equalsIgnoreCase("present")) {
            return null;
        }
        ResumeDate end = date(entry, "endDate");
        ResumeDate start = ResumeDate.parse(entry.field("startDate").getValue()).orElse(null);
        if (end != null && start != null && end.compareTo(start) < 0 && !sameUpToPrecision(start, end)) {
            return reject(field, ERROR_DATE_ORDER);
        }
        return end;
    }

    private static boolean sameUpToPrecision(ResumeDate start, ResumeDate end) {
        return start.year() == end.year() && (end.month() == 0 || start.month() == end.month());
    }

    private String url(Entry entry, String name) {
        Field field = entry.field(name);
        String value = text(entry, name);
        if (value == null) {
            return null;
        }
        String candidate = HOST_FIRST.matcher(value).matches() ? "https://" + value : value;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not a web page
        }
        return reject(field, ERROR_URL);
    }

    private String email(Entry entry, String name) {
        String value = text(entry, name);
        if (value == null || EMAIL.matcher(value).matches()) {
            return value;
        }
        return reject(entry.field(name), ERROR_EMAIL);
    }

    private <T> T reject(Field field, String errorKey) {
        if (strict) {
            field.reject(errorKey);
        }
        return null;
    }

    private static <T> List<Entry> map(List<T> values, Function<T, Entry> toEntry) {
        return values.stream().map(toEntry).toList();
    }

    private static Shape shape(String fields, String... lists) {
        List<String[]> specs = Arrays.stream(fields.split(" ")).map(f -> f.split(":")).toList();
        return new Shape(specs.stream().map(f -> f[0]).toList(),
                specs.stream().map(f -> Kind.valueOf(f[1])).toList(), List.of(lists));
    }

    /** The fields and lists of one kind of entry. */
    private record Shape(List<String> names, List<Kind> kinds, List<String> lists) {

        /** An entry with these values (texts or dates), in field order; lists follow with {@code with}. */
        Builder entry(Object... values) {
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Object value = i < values.length ? values[i] : null;
                fields.add(new Field(names.get(i), kinds.get(i), value == null ? null : value.toString()));
            }
            return new Builder(fields, lists);
        }
    }

    private record Builder(List<Field> fields, List<String> listNames) {

        @SafeVarargs
        final Entry with(List<String>... lists) {
            List<Lines> named = new ArrayList<>();
            for (int i = 0; i < listNames.size(); i++) {
                named.add(new Lines(listNames.get(i), i < lists.length ? lists[i] : List.of()));
            }
            return new Entry(fields, named);
        }

        Entry done() {
            return with();
        }
    }
}
