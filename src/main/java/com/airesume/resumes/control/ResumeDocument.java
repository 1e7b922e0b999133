package com.airesume.resumes.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.JsonResume.Basics;
import com.airesume.resumes.entity.JsonResume.Location;
import com.airesume.resumes.entity.ResumeDate;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.SectionSetting;
import com.airesume.resumes.entity.Template;
import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A resume as one XHTML document, the same for the browser preview and the PDF, so what the person sees is what
 * they download.
 * <ul>
 * <li>The document is well-formed XML (openhtmltopdf parses nothing else) and escapes every text and attribute it
 * writes, whatever the person typed; characters XML cannot hold are dropped.</li>
 * <li>It has no inline style at all, neither {@code <style>} nor {@code style=}: the site's Content Security Policy
 * forbids both, and the only style sheet is the one link the caller names.</li>
 * <li>Reading order is the order of the source: name, title, contact, then the visible, non-empty sections in the
 * person's order. Dates follow the title they belong to in the source and are set on the right by the style
 * sheet, so the text layer of the PDF reads "Senior Engineer, ACME Apr 2019 – present" as a person would.</li>
 * <li>Only what a browser can open safely becomes a link: {@code http}, {@code https} and e-mail addresses.
 * Anything else, {@code javascript:} above all, is shown as text.</li>
 * <li>Openhtmltopdf knows CSS 2.1 only, so the markup is plain blocks ({@code div}, headings, lists): no
 * {@code header} or {@code section}, which it would not style, and no flexbox or grid in the style sheet. The
 * {@link Template#MODERN} sidebar sits in a CSS table, which both the browser and the PDF understand.</li>
 * </ul>
 * Headings and the few words between values come from the bundle under {@code resume.document.*}; month names
 * come from {@link Month#getDisplayName} in the bundle's language.
 */
public final class ResumeDocument {

    private static final String PREFIX = "resume.document.";
    private static final Set<ResumeSection> SIDEBAR = EnumSet.of(ResumeSection.SKILLS, ResumeSection.LANGUAGES,
            ResumeSection.INTERESTS);
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s<>\"']+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'():;,]+@[^\\s@<>\"'():;,]+\\.[^\\s@<>\"'():;,]+");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String DASH = " \u2013 ";

    private final JsonResume resume;
    private final ResumeDesign design;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Markup out = new Markup();

    private ResumeDocument(JsonResume resume, ResumeDesign design, ResourceBundle texts) {
        this.resume = resume;
        this.design = design;
        this.texts = texts;
        Locale bundleLocale = texts.getLocale();
        this.locale = bundleLocale == null || bundleLocale.getLanguage().isEmpty() ? Locale.ENGLISH : bundleLocale;
    }

    /**
     * The complete document.
     *
     * @param content what the resume says
     * @param design its template, accent, type size and paper
     * @param layout which sections show, in which order, under which title
     * @param texts the bundle for headings and connecting words
     * @param stylesheetHref the address of the style sheet, as the document links it
     * @param photoUri the photo's address for templates that show one, or {@code null} for none; a PDF can only
     *        show a photo given as a {@code data:image/jpeg} or {@code data:image/png} URI
     */
    public static String xhtml(JsonResume content, ResumeDesign design, SectionLayout layout, ResourceBundle texts,
            String stylesheetHref, String photoUri) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(stylesheetHref, "stylesheetHref");
        ResumeDocument document = new ResumeDocument(content, design, texts);
        document.write(layout, stylesheetHref, design.template().showsPhoto() ? photoUri : null);
        return document.out.toString();
    }

    private void write(SectionLayout layout, String stylesheetHref, String photoUri) {
        Basics basics = resume.basics();
        String title = basics.name() != null ? basics.name() : text("untitled");
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", locale.getLanguage(), "xml:lang",
                locale.getLanguage());
        out.open("head");
        out.empty("meta", "charset", "UTF-8");
        out.element("title", title);
        if (basics.name() != null) {
            out.empty("meta", "name", "author", "content", basics.name());
        }
        if (basics.label() != null) {
            out.empty("meta", "name", "subject", "content", basics.label());
        }
        out.empty("link", "rel", "stylesheet", "href", stylesheetHref);
        out.close("head");
        out.open("body", "class", "template-" + design.template().key() + " paper-" + design.paper().key());
        out.open("div", "class", "resume");
        masthead(photoUri);
        List<ResumeSection> sections = layout.visible().stream().map(SectionSetting::section)
                .filter(this::hasContent).toList();
        if (design.template() == Template.MODERN) {
            out.open("div", "class", "columns");
            out.open("div", "class", "sidebar");
            contact("sidebar-block contact-block");
            sections.stream().filter(SIDEBAR::contains).forEach(s -> section(layout.setting(s)));
            out.close("div");
            out.open("div", "class", "main");
            sections.stream().filter(s -> !SIDEBAR.contains(s)).forEach(s -> section(layout.setting(s)));
            out.close("div");
            out.close("div");
        } else {
            sections.forEach(s -> section(layout.setting(s)));
        }
        out.close("div");
        out.close("body");
        out.close("html");
    }

    private void masthead(String photoUri) {
        Basics basics = resume.basics();
        out.open("div", "class", photoUri == null ? "masthead" : "masthead with-photo");
        if (photoUri != null) {
            out.open("div", "class", "photo-frame");
            out.empty("img", "class", "photo", "src", photoUri, "alt",
                    format("photo", basics.name() != null ? basics.name() : text("untitled")));
            out.close("div");
        }
        out.open("div", "class", "identity");
        if (basics.name() != null) {
            out.element("h1", "class", "name", basics.name());
        }
        if (basics.label() != null) {
            out.element("p", "class", "label", basics.label());
        }
        if (design.template() != Template.MODERN) {
            contact("contact-line");
        }
        out.close("div");
        out.close("div");
    }

    private record ContactLink(String cssClass, String href, String text) {
    }

    private void contact(String blockClass) {
        Basics basics = resume.basics();
        String location = location(basics.location());
        if (basics.email() == null && basics.phone() == null && location == null && basics.url() == null
                && basics.profiles().isEmpty()) {
            return;
        }
        out.open("div", "class", blockClass);
        if (design.template() == Template.MODERN) {
            out.element("h2", "class", "section-title", text("contact"));
        }
        if (basics.email() != null || basics.phone() != null || location != null) {
            out.open("ul", "class", "contact contact-reach");
            if (basics.email() != null) {
                out.open("li", "class", "contact-email");
                link(EMAIL.matcher(basics.email()).matches() ? "mailto:" + basics.email() : null, basics.email());
                out.close("li");
            }
            if (basics.phone() != null) {
                out.element("li", "class", "contact-phone", basics.phone());
            }
            if (location != null) {
                out.element("li", "class", "contact-location", location);
            }
            out.close("ul");
        }
        List<ContactLink> links = new ArrayList<>();
        if (basics.url() != null) {
            links.add(new ContactLink("contact-url", webLink(basics.url()), readable(basics.url())));
        }
        for (JsonResume.Profile profile : basics.profiles()) {
            String shown = profile.url() != null ? readable(profile.url())
                    : joined(": ", profile.network(), profile.username());
            if (shown != null) {
                links.add(new ContactLink("contact-profile", webLink(profile.url()), shown));
            }
        }
        if (!links.isEmpty()) {
            out.open("ul", "class", "contact contact-links");
            for (ContactLink l : links) {
                out.open("li", "class", l.cssClass());
                link(l.href(), l.text());
                out.close("li");
            }
            out.close("ul");
        }
        out.close("div");
    }

    private boolean hasContent(ResumeSection section) {
        return switch (section) {
            case SUMMARY -> resume.basics().summary() != null;
            case WORK -> !resume.work().isEmpty();
            case PROJECTS -> !resume.projects().isEmpty();
            case EDUCATION -> !resume.education().isEmpty();
            case SKILLS -> !resume.skills().isEmpty();
            case VOLUNTEER -> !resume.volunteer().isEmpty();
            case AWARDS -> !resume.awards().isEmpty();
            case CERTIFICATES -> !resume.certificates().isEmpty();
            case PUBLICATIONS -> !resume.publications().isEmpty();
            case LANGUAGES -> !resume.languages().isEmpty();
            case INTERESTS -> !resume.interests().isEmpty();
            case REFERENCES -> !resume.references().isEmpty();
            case CUSTOM -> resume.customSections().stream().anyMatch(c -> !c.entries().isEmpty());
        };
    }

    private void section(SectionSetting setting) {
        ResumeSection section = setting.section();
        if (section == ResumeSection.CUSTOM) {
            resume.customSections().stream().filter(c -> !c.entries().isEmpty())
                    .forEach(c -> section(c.title() == null ? text("section.custom") : c.title(), "custom",
                            each(c.entries(), e -> entry(e.name(), e.description(), e.url(),
                                    range(e.startDate(), e.endDate()), List.of(), e.summary(), e.highlights()))));
            return;
        }
        section(setting.title() != null ? setting.title() : text("section." + section.key()), section.key(),
                blocks(section));
    }

    private void section(String heading, String key, List<Runnable> blocks) {
        out.open("div", "class", "section section-" + key);
        // The heading travels with the first block, so that no page ends on a lonely heading.
        out.open("div", "class", "keep");
        out.element("h2", "class", "section-title", heading);
        blocks.get(0).run();
        out.close("div");
        blocks.stream().skip(1).forEach(Runnable::run);
        out.close("div");
    }

    private List<Runnable> blocks(ResumeSection section) {
        return switch (section) {
            case SUMMARY -> List.of(() -> paragraphs("summary", resume.basics().summary()));
            case WORK -> each(resume.work(), w -> entry(w.position(), w.name(), w.url(),
                    range(w.startDate(), w.endDate()), List.of(joinedList(w.location(), w.description())),
                    w.summary(), w.highlights()));
            case VOLUNTEER -> each(resume.volunteer(), v -> entry(v.position(), v.organization(), v.url(),
                    range(v.startDate(), v.endDate()), List.of(), v.summary(), v.highlights()));
            case EDUCATION -> each(resume.education(), e -> entry(degree(e), e.institution(), e.url(),
                    range(e.startDate(), e.endDate()),
                    List.of(e.score() == null ? "" : format("education.score", e.score()),
                            e.courses().isEmpty() ? "" : format("education.courses", String.join(", ", e.courses()))),
                    null, List.of()));
            case PROJECTS -> each(resume.projects(), p -> entry(p.name(), p.entity(), p.url(),
                    range(p.startDate(), p.endDate()), List.of(joinedList(String.join(", ", p.roles()), p.type(),
                            p.url() == null ? null : readable(p.url()))), p.description(), p.highlights(),
                    p.keywords()));
            case AWARDS -> each(resume.awards(), a -> entry(a.title(), a.awarder(), null, date(a.date()), List.of(),
                    a.summary(), List.of()));
            case CERTIFICATES -> each(resume.certificates(), c -> entry(c.name(), c.issuer(), c.url(),
                    date(c.date()), List.of(), null, List.of()));
            case PUBLICATIONS -> each(resume.publications(), p -> entry(p.name(), p.publisher(), p.url(),
                    date(p.releaseDate()), List.of(), p.summary(), List.of()));
            case SKILLS -> List.of(() -> items("skills", resume.skills().stream()
                    .map(s -> new Item(s.name(), s.level(), String.join(", ", s.keywords()))).toList()));
            case LANGUAGES -> List.of(() -> items("languages", resume.languages().stream()
                    .map(l -> new Item(l.language(), null, l.fluency())).toList()));
            case INTERESTS -> List.of(() -> items("interests", resume.interests().stream()
                    .map(i -> new Item(i.name(), null, String.join(", ", i.keywords()))).toList()));
            case REFERENCES -> each(resume.references(), this::reference);
            case CUSTOM -> List.of();
        };
    }

    private static <T> List<Runnable> each(List<T> entries, Consumer<T> write) {
        return entries.stream().<Runnable>map(e -> () -> write.accept(e)).toList();
    }

    private void entry(String title, String organization, String url, String dates, List<String> meta,
            String summary, List<String> highlights) {
        entry(title, organization, url, dates, meta, summary, highlights, List.of());
    }

    private void entry(String title, String organization, String url, String dates, List<String> meta,
            String summary, List<String> highlights, List<String> keywords) {
        out.open("div", "class", "entry");
        out.open("div", "class", "entry-head");
        out.open("h3", "class", "entry-title");
        String link = webLink(url);
        if (title != null) {
            out.open("span", "class", "role");
            link(organization == null ? link : null, title);
            out.close("span");
        }
        if (title != null && organization != null) {
            out.element("span", "class", "sep", ", ");
        }
        if (organization != null) {
            out.open("span", "class", "org");
            link(link, organization);
            out.close("span");
        }
        out.close("h3");
        if (dates != null) {
            out.element("p", "class", "dates", dates);
        }
        out.close("div");
        for (String line : meta) {
            if (line != null && !line.isEmpty()) {
                out.element("p", "class", "entry-meta", line);
            }
        }
        paragraphs("entry-summary", summary);
        if (!highlights.isEmpty()) {
            out.open("ul", "class", "highlights");
            highlights.forEach(h -> out.element("li", h));
            out.close("ul");
        }
        if (!keywords.isEmpty()) {
            out.element("p", "class", "keywords", String.join(" \u00b7 ", keywords));
        }
        out.close("div");
    }

    private void reference(JsonResume.Reference reference) {
        out.open("div", "class", "entry reference");
        paragraphs("quote", reference.reference());
        if (reference.name() != null) {
            out.element("p", "class", "referee", "\u2014 " + reference.name());
        }
        out.close("div");
    }

    private record Item(String name, String level, String detail) {
    }

    private void items(String kind, List<Item> items) {
        out.open("ul", "class", "items " + kind);
        for (Item item : items) {
            String detail = item.detail() == null || item.detail().isEmpty() ? null : item.detail();
            if (item.name() == null && detail == null) {
                continue;
            }
            out.open("li");
            if (item.name() != null) {
                out.open("span", "class", "item-name");
                out.text(item.name());
                if (item.level() != null) {
                    out.element("span", "class", "item-level", " (" + item.level() + ")");
                }
                out.close("span");
            }
            if (item.name() != null && detail != null) {
                out.element("span", "class", "item-sep", ": ");
            }
            if (detail != null) {
                out.element("span", "class", "item-detail", detail);
            }
            out.close("li");
        }
        out.close("ul");
    }

    private void paragraphs(String cssClass, String text) {
        if (text == null) {
            return;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            out.open("p", "class", cssClass);
            String[] lines = LINE_BREAK.split(paragraph.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.empty("br");
                }
                out.text(lines[i]);
            }
            out.close("p");
        }
    }

    private void link(String href, String text) {
        if (href == null) {
            out.text(text);
        } else {
            out.element("a", "href", href, text);
        }
    }

    private String degree(JsonResume.Education e) {
        if (e.studyType() != null && e.area() != null) {
            return format("education.degree", e.studyType(), e.area());
        }
        return e.studyType() != null ? e.studyType() : e.area();
    }

    /** "Apr 2019 – present", "2015 – 2019", or one date when both ends are the same. */
    private String range(ResumeDate start, ResumeDate end) {
        if (start == null) {
            return date(end);
        }
        if (end == null) {
            return date(start) + DASH + text("present");
        }
        return start.equals(end) ? date(start) : date(start) + DASH + date(end);
    }

    private String date(ResumeDate date) {
        if (date == null) {
            return null;
        }
        return date.month() == 0 ? Integer.toString(date.year())
                : Month.of(date.month()).getDisplayName(TextStyle.SHORT, locale) + " " + date.year();
    }

    private String location(Location location) {
        String country = null;
        if (location.countryCode() != null) {
            country = location.countryCode();
            if (COUNTRY_CODE.matcher(country).matches()) {
                String name = new Locale("", country.toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
                country = name.isEmpty() ? country : name;
            }
        }
        return joined(", ", location.city(), location.region(), country);
    }

    private static String webLink(String url) {
        return url != null && WEB.matcher(url).matches() ? url : null;
    }

    /** A web address as people write it: no scheme, no {@code www.}, no trailing slash. */
    private static String readable(String url) {
        String shown = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }

    private static String joined(String separator, String... parts) {
        List<String> present = Stream.of(parts).filter(p -> p != null && !p.isEmpty()).toList();
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static String joinedList(String... parts) {
        String line = joined(" \u00b7 ", parts);
        return line == null ? "" : line;
    }

    private String text(String key) {
        return texts.getString(PREFIX + key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** Well-formed XML, written forward: every text and attribute value escaped on the way in. */
    static final class Markup {

        private static final Set<String> BLOCKS = Set.of("html", "head", "title", "body", "div", "h1", "h2", "h3",
                "p", "ul");

        private final StringBuilder xml = new StringBuilder(16 * 1024);

        Markup raw(String markup) {
            xml.append(markup);
            return this;
        }

        Markup open(String tag, String... attributes) {
            xml.append('<').append(tag);
            attributes(attributes);
            xml.append('>');
            return this;
        }

        Markup close(String tag) {
            xml.append("</").append(tag).append('>');
            // Line breaks only after blocks: between inline items (contact) they would be visible spaces.
            if (BLOCKS.contains(tag)) {
                xml.append('\n');
            }
            return this;
        }

        Markup empty(String tag, String... attributes) {
            xml.append('<').append(tag);
            attributes(attributes);
            xml.append("/>");
            return this;
        }

        /** An element holding only text: the attributes as name/value pairs, then the text. */
        Markup element(String tag, String... attributesThenText) {
            String[] attributes = new String[attributesThenText.length - 1];
            System.arraycopy(attributesThenText, 0, attributes, 0, attributes.length);
            open(tag, attributes);
            text(attributesThenText[attributesThenText.length - 1]);
            return close(tag);
        }

        Markup text(String text) {
            escape(text);
            return this;
        }

        private void attributes(String... attributes) {
            if (attributes.length % 2 != 0) {
                throw new IllegalArgumentException("Attributes come in name/value pairs");
            }
            for (int i = 0; i < attributes.length; i += 2) {
                xml.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1]);
                xml.append('"');
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> xml.append("&amp;");
                    case '<' -> xml.append("&lt;");
                    case '>' -> xml.append("&gt;");
                    case '"' -> xml.append("&quot;");
                    case '\'' -> xml.append("&#39;");
                    default -> {
                        if (Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1))) {
                            xml.append(c).append(text.charAt(++i));
                        } else if (allowedInXml(c)) {
                            xml.append(c);
                        }
                    }
                }
            }
        }

        private static boolean allowedInXml(char c) {
            return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
        }

        @Override
        public String toString() {
            return xml.toString();
        }
    }
}
