package com.airesume.resumes.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.JsonResume.Award;
import com.airesume.resumes.entity.JsonResume.Basics;
import com.airesume.resumes.entity.JsonResume.Education;
import com.airesume.resumes.entity.JsonResume.Location;
import com.airesume.resumes.entity.JsonResume.Profile;
import com.airesume.resumes.entity.JsonResume.Project;
import com.airesume.resumes.entity.JsonResume.Work;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.Template;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The resume as XHTML, read back with an XML parser as openhtmltopdf and a browser read it: well-formed, no
 * inline style (the site's CSP forbids it), every text escaped, links only where a browser may follow them, and
 * sections in the person's order under the person's titles.
 */
class ResumeDocumentTest {

    private static final String STYLESHEET = "style.css?template=classic&accent=1f4e79";

    private static String xhtml(JsonResume resume, ResumeDesign design, SectionLayout layout, String photo) {
        return ResumeDocument.xhtml(resume, design, layout, SampleResumes.texts(), STYLESHEET, photo);
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            texts.add(node.getNodeType() == Node.ELEMENT_NODE ? node.getTextContent() : node.getNodeValue());
        }
        return texts;
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    private static JsonResume resume(Basics basics, List<Work> work) {
        return new JsonResume(basics, work, null, null, null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void everyTemplateIsWellFormedXhtmlWithOneStyleSheetAndNoInlineStyle(Template template) throws Exception {
        ResumeDesign design = ResumeDesign.DEFAULT.withTemplate(template).withPaper(Paper.LETTER);
        String xhtml = xhtml(SampleResumes.longResume(), design, SectionLayout.DEFAULT, "data:image/png;base64,AAAA");
        Document document = parse(xhtml);
        assertAll(() -> assertTrue(xhtml.startsWith("<!DOCTYPE html>")),
                () -> assertEquals("http://www.w3.org/1999/xhtml", document.getDocumentElement().getAttribute("xmlns")),
                () -> assertEquals("en", text(document, "/html/@lang")),
                () -> assertEquals("UTF-8", text(document, "/html/head/meta/@charset")),
                () -> assertEquals(SampleResumes.NAME, text(document, "/html/head/title")),
                () -> assertEquals(SampleResumes.NAME, text(document, "/html/head/meta[@name='author']/@content")),
                () -> assertEquals(SampleResumes.LABEL, text(document, "/html/head/meta[@name='subject']/@content")),
                () -> assertEquals(List.of(STYLESHEET), texts(document, "//link[@rel='stylesheet']/@href")),
                () -> assertEquals(List.of(), texts(document, "//link[not(@rel='stylesheet')]")),
                () -> assertEquals("template-" + template.key() + " paper-letter", text(document, "/html/body/@class")),
                () -> assertEquals(List.of(), texts(document, "//style")),
                () -> assertEquals(List.of(), texts(document, "//@style")),
                () -> assertEquals(List.of(), texts(document, "//script")),
                () -> assertEquals(List.of(SampleResumes.NAME), texts(document, "//h1")));
    }

    @Test
    void whateverThePersonTypesStaysText() throws Exception {
        String name = "<script>alert(1)</script>\" onload=\"alert('2')";
        String label = "Tom's \"best\" & <b>boldest</b> ]]> engineer\u0000\u0007";
        Basics basics = new Basics(name, label, null, "a\"onmouseover=\"alert(1)@example.com", null,
                "https://example.com/?a=1&b=2", "Line one\nLine two\n\nSecond paragraph", Location.EMPTY,
                List.of());
        Document document = parse(xhtml(resume(basics, List.of()), ResumeDesign.DEFAULT.withTemplate(Template.PORTRAIT),
                SectionLayout.DEFAULT, "data:image/png;base64,AAAA\" onerror=\"alert(3)"));
        assertAll(() -> assertEquals(List.of(), texts(document, "//script")),
                () -> assertEquals(List.of(), texts(document, "//b")),
                () -> assertEquals(name, text(document, "//h1")),
                () -> assertEquals(name, text(document, "/html/head/title")),
                () -> assertEquals("Tom's \"best\" & <b>boldest</b> ]]> engineer", text(document, "//p[@class='label']")),
                () -> assertEquals(name, text(document, "/html/head/meta[@name='author']/@content")),
                () -> assertEquals("Photo of " + name, text(document, "//img/@alt")),
                () -> assertEquals(List.of("https://example.com/?a=1&b=2"),
                        texts(document, "//li[@class='contact-url']/a/@href")),
                () -> assertEquals(List.of(), texts(document, "//@onmouseover | //@onload | //@onerror")),
                () -> assertEquals(List.of("Line oneLine two", "Second paragraph"),
                        texts(document, "//p[@class='summary']")),
                () -> assertEquals(1, texts(document, "//p[@class='summary'][1]/br").size()));
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() throws Exception {
        Basics basics = new Basics("Zoë", null, null, "zoe@example.com", null, "javascript:alert(1)", null,
                Location.EMPTY, List.of(new Profile("GitHub", "zoel", "JAVASCRIPT:alert(2)"),
                        new Profile("Mastodon", "@zoe@example.social", null),
                        new Profile("LinkedIn", "zoe", "https://www.linkedin.com/in/zoe/")));
        List<Work> work = List.of(new Work("Evil Corp", null, null, "Engineer", "javascript:alert(3)",
                SampleResumes.date("2020"), null, null, List.of()),
                new Work("Good Corp", null, null, "Engineer", "http://good.example", SampleResumes.date("2019"),
                        SampleResumes.date("2020"), null, List.of()));
        Document document = parse(xhtml(resume(basics, work), ResumeDesign.DEFAULT, SectionLayout.DEFAULT, null));
        assertAll(() -> assertEquals(List.of("mailto:zoe@example.com", "https://www.linkedin.com/in/zoe/",
                        "http://good.example"), texts(document, "//a/@href")),
                () -> assertEquals(List.of("zoe@example.com", "linkedin.com/in/zoe", "Good Corp"),
                        texts(document, "//a")),
                () -> assertEquals(List.of("zoe@example.com", "javascript:alert(1)", "JAVASCRIPT:alert(2)",
                        "Mastodon: @zoe@example.social", "linkedin.com/in/zoe"), texts(document, "//ul[@class='contact"
                                + " contact-reach' or @class='contact contact-links']/li")),
                () -> assertEquals("Engineer, Evil Corp", text(document, "(//h3)[1]")));
    }

    @Test
    void sectionsFollowTheLayoutOrderVisibilityAndTitles() throws Exception {
        SectionLayout layout = SectionLayout.DEFAULT.moved(ResumeSection.EDUCATION, -3)
                .withVisible(ResumeSection.SKILLS, false).withTitle(ResumeSection.WORK, "Where I worked")
                .moved(ResumeSection.REFERENCES, -100);
        Document document = parse(xhtml(SampleResumes.longResume(), ResumeDesign.DEFAULT, layout, null));
        assertAll(() -> assertEquals(List.of("References", "Education", "Summary", "Where I worked", "Projects",
                "Volunteering", "Awards", "Certificates", "Publications", "Languages", "Interests"),
                texts(document, "//h2")),
                () -> assertEquals(List.of(), texts(document, "//*[contains(@class, 'section-skills')]")));
    }

    @Test
    void emptySectionsAreLeftOutAndANamelessResumeHasATitle() throws Exception {
        Document empty = parse(xhtml(JsonResume.EMPTY, ResumeDesign.DEFAULT, SectionLayout.DEFAULT, null));
        Document summaryOnly = parse(xhtml(resume(new Basics(null, null, null, null, null, null, "Hello", null,
                null), List.of()), ResumeDesign.DEFAULT.withTemplate(Template.MODERN), SectionLayout.DEFAULT, null));
        assertAll(() -> assertEquals("Resume", text(empty, "/html/head/title")),
                () -> assertEquals(List.of(), texts(empty, "//meta[@name='author']")),
                () -> assertEquals(List.of(), texts(empty, "//h1 | //h2 | //h3 | //ul")),
                () -> assertEquals(List.of("Summary"), texts(summaryOnly, "//h2")),
                () -> assertEquals(List.of(), texts(summaryOnly, "//div[@class='sidebar']/*")));
    }

    @Test
    void datesReadLikeAResume() throws Exception {
        List<Work> work = List.of(
                new Work("Open", null, null, "A", null, SampleResumes.date("2019-04"), null, null, List.of()),
                new Work("Days", null, null, "B", null, SampleResumes.date("2019-04-15"),
                        SampleResumes.date("2020-01-31"), null, List.of()),
                new Work("Years", null, null, "C", null, SampleResumes.date("2015"), SampleResumes.date("2019"),
                        null, List.of()),
                new Work("Same", null, null, "D", null, SampleResumes.date("2018-09"), SampleResumes.date("2018-09"),
                        null, List.of()),
                new Work("Undated", null, null, "E", null, null, null, null, List.of()));
        JsonResume resume = new JsonResume(null, work, null,
                List.of(new Education("Uniwersytet", null, "Physics", null, null, SampleResumes.date("2012"), null,
                        List.of())),
                List.of(new Award("Prize", SampleResumes.date("2023-12-15"), null, null)), null, null, null, null,
                null, null, null, null);
        Document document = parse(xhtml(resume, ResumeDesign.DEFAULT, SectionLayout.DEFAULT, null));
        assertAll(() -> assertEquals(List.of("Apr 2019 – present", "Apr 2019 – Jan 2020", "2015 – 2019", "Sep 2018",
                "2012", "Dec 2023"), texts(document, "//p[@class='dates']")),
                () -> assertEquals("E, Undated", text(document, "(//h3)[5]")),
                () -> assertEquals("Physics, Uniwersytet", text(document, "(//h3)[6]")));
    }

    @Test
    void thePhotoShowsOnlyWhereTheTemplateHasAPlaceForIt() throws Exception {
        JsonResume resume = SampleResumes.longResume();
        String photo = "data:image/jpeg;base64,/9j/AAAA";
        ResumeDesign portrait = ResumeDesign.DEFAULT.withTemplate(Template.PORTRAIT);
        Document withPhoto = parse(xhtml(resume, portrait, SectionLayout.DEFAULT, photo));
        assertAll(() -> assertEquals(List.of(photo), texts(withPhoto, "//img/@src")),
                () -> assertEquals(List.of("Photo of " + SampleResumes.NAME), texts(withPhoto, "//img/@alt")),
                () -> assertEquals(List.of(), texts(parse(xhtml(resume, portrait, SectionLayout.DEFAULT, null)),
                        "//img")),
                () -> {
                    for (Template t : List.of(Template.CLASSIC, Template.MODERN, Template.COMPACT)) {
                        assertEquals(List.of(), texts(parse(xhtml(resume, ResumeDesign.DEFAULT.withTemplate(t),
                                SectionLayout.DEFAULT, photo)), "//img"), t.key());
                    }
                });
    }

    @Test
    void modernPutsContactSkillsLanguagesAndInterestsInTheSidebar() throws Exception {
        Document document = parse(xhtml(SampleResumes.longResume(), ResumeDesign.DEFAULT.withTemplate(Template.MODERN),
                SectionLayout.DEFAULT.moved(ResumeSection.INTERESTS, -20), null));
        assertAll(() -> assertEquals(List.of("Contact", "Interests", "Skills", "Languages"),
                        texts(document, "//div[@class='sidebar']//h2")),
                () -> assertEquals(List.of("Summary", "Experience", "Projects", "Education", "Volunteering", "Awards",
                        "Certificates", "Publications", "References"), texts(document, "//div[@class='main']//h2")),
                () -> assertEquals(List.of("Backend (Expert): Java, Jakarta EE, Spring, Kafka, PostgreSQL"),
                        texts(document, "//ul[contains(@class, 'skills')]/li[1]")));
    }

    @Test
    void asPlainTextItReadsNameTitleContactThenJobsWithTheirDates() throws Exception {
        Document document = parse(xhtml(SampleResumes.longResume(), ResumeDesign.DEFAULT, SectionLayout.DEFAULT,
                null));
        String text = document.getDocumentElement().getElementsByTagName("body").item(0).getTextContent();
        List<String> inOrder = List.of(SampleResumes.NAME, SampleResumes.LABEL, "zoe.lukasiewicz@example.com",
                "Warszawa, Poland", "Summary", "Experience", "Senior Software Engineer, Allegro", "Mar 2021 – present",
                "Software Engineer, Dataprom Sp. z o.o.", "Jun 2018 – Feb 2021");
        int at = -1;
        for (String part : inOrder) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, part + " after the text before it");
            at = next;
        }
        assertFalse(text.contains("Marszałkowska"), "the street address is not printed");
    }

    @Test
    void ownSectionsPrintUnderTheirTitlesWhereTheirPlaceIsAndNotWhenHidden() throws Exception {
        JsonResume resume = resume(SampleResumes.basics("Zoë Łukasiewicz", "Engineer"), List.of(new Work("Allegro",
                null, null, "Engineer", null, SampleResumes.date("2021-03"), null, null, List.of())))
                .withCustomSections(List.of(
                        new JsonResume.CustomSection("Talks", List.of(new JsonResume.CustomEntry("Settlement",
                                "JDD Kraków", null, SampleResumes.date("2023-10"), null, null, List.of("400 seats")))),
                        new JsonResume.CustomSection("Patents", List.of(new JsonResume.CustomEntry("Ledger sharding",
                                null, null, null, null, null, List.of())))));
        SectionLayout first = SectionLayout.DEFAULT.moved(ResumeSection.CUSTOM, -20);

        Document document = parse(xhtml(resume, ResumeDesign.DEFAULT, first, null));

        assertEquals(List.of("Talks", "Patents", "Summary", "Experience"),
                texts(document, "//*[local-name()='h2']"));
        assertTrue(text(document, "//*[local-name()='div'][contains(@class,'section-custom')]").contains("400 seats"));
        Document hidden = parse(xhtml(resume, ResumeDesign.DEFAULT, first.withVisible(ResumeSection.CUSTOM, false),
                null));
        assertEquals(List.of("Summary", "Experience"), texts(hidden, "//*[local-name()='h2']"));
    }
}
