package com.airesume.mail.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two parts of every mail: the code on a line of its own, and nothing unescaped in the HTML. */
class MailLayoutTest {

    @Test
    void theTextPartShowsTheCodeAloneAfterTheFirstParagraph() {
        String text = new MailLayout("Hi Ada", List.of("Enter this code:", "It expires soon."), Optional.of("042917"),
                "Footer").text();
        assertTrue(text.startsWith("Hi Ada\n\nEnter this code:\n\n    042917\n\nIt expires soon.\n\n-- \nFooter"), text);
    }

    @Test
    void everyTextIsEscapedInTheHtmlPart() {
        String html = new MailLayout("<script>alert(1)</script>", List.of("Tom & \"Jerry\"", "it's <b>"),
                Optional.of("<i>1</i>"), "<footer>").html();
        assertAll(() -> assertFalse(html.contains("<script>")),
                () -> assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")),
                () -> assertTrue(html.contains("Tom &amp; &quot;Jerry&quot;")),
                () -> assertTrue(html.contains("it&#39;s &lt;b&gt;")),
                () -> assertTrue(html.contains("&lt;i&gt;1&lt;/i&gt;")),
                () -> assertTrue(html.contains("&lt;footer&gt;")));
    }

    @Test
    void aNoticeHasNoCodeLine() {
        MailLayout notice = new MailLayout("Changed", List.of("Your password was changed."), Optional.empty(), "F");
        assertAll(() -> assertFalse(notice.text().contains("    ")),
                () -> assertFalse(notice.html().contains("monospace")));
    }

    @Test
    void theCodeAppearsOnceEvenWhenParagraphsRepeat() {
        String text = new MailLayout("H", List.of("Same", "Other", "Same"), Optional.of("042917"), "F").text();
        assertAll(() -> assertTrue(text.indexOf("042917") == text.lastIndexOf("042917"), text),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new MailLayout("H", List.of(), Optional.of("042917"), "F")));
    }
}
