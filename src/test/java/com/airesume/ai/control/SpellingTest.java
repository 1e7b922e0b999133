package com.airesume.ai.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.airesume.ai.control.Spelling.Misspelling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spelling of real resume lines against the en_US dictionary, with the slips people make. */
class SpellingTest {

    private final Spelling spelling = Spelling.english();

    private List<String> words(String text) {
        return spelling.check(text).stream().map(Misspelling::word).toList();
    }

    private List<String> firstSuggestions(String text) {
        return spelling.check(text).stream().map(m -> m.suggestions().get(0)).toList();
    }

    @Test
    void slipsAreFoundWithTheRightWordFirst() {
        String line = "Mangaed a team of five enginers and reduced latancy by 40% accross the checkout servise.";
        assertAll(() -> assertEquals(List.of("Mangaed", "enginers", "latancy", "accross", "servise"), words(line)),
                () -> assertEquals(List.of("Managed", "engineers", "latency", "across", "service"),
                        firstSuggestions(line)),
                () -> assertEquals(List.of(0, 7), List.of(spelling.check(line).get(0).start(),
                        spelling.check(line).get(0).end())));
    }

    @Test
    void commonMisspellingsAreCorrected() {
        assertEquals("Received the award and achieved a separate budget, definitely the best.",
                spelling.corrected("Recieved the award and acheived a seperate budget, definately the best."));
    }

    @Test
    void namesTechnologyAcronymsAndAddressesAreLeftAlone() {
        assertAll(() -> assertEquals(List.of(), words("Deployed Kubernetes clusters on AWS with Terraform and"
                        + " PostgreSQL for Zoë Łukasiewicz's team in Warszawa; see https://github.com/zoel/settle or"
                        + " write to zoe@example.com.")),
                () -> assertEquals(List.of(), words("Built CI/CD on GitHub Actions with Node.js and C++, so the"
                        + " microservices backend and frontend ship 12x a day; the team's devops onboarding halved.")),
                () -> assertEquals(List.of(), words("Led the move to event-driven settlement at Allegro and"
                        + " Paywise.")));
    }

    @Test
    void aSentencesFirstWordIsCheckedButANameInsideOneIsNot() {
        assertAll(() -> assertEquals(List.of("Wrokd"), words("Wrokd with Smith on payments.")),
                () -> assertEquals(List.of("wrokd"), words("Payments. Then wrokd with Smith.")));
    }

    @Test
    void hyphenatedWordsAreCheckedPartByPart() {
        assertEquals(List.of("knwon"), words("A well-knwon cross-functional effort"));
    }

    @Test
    void aWordWithoutSuggestionsIsKeptAsWritten() {
        assertEquals("Fixed qwxzvbnm", spelling.corrected("Fixed qwxzvbnm"));
    }
}
