package com.airesume.ai.control;

import com.airesume.ai.control.TailorReport.Edit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The actions answered by an OpenAI-compatible model through {@link ChatCompletions}, asked with {@link Prompts}.
 * The model's text is taken as text: leading list marks and wrapping quotes are dropped, and nothing in it is
 * ever run or rendered as markup. A posting's score and keywords always come from {@link KeywordMatch}, so the
 * number is the same whichever engine answers; the model adds its own edits to the built-in ones.
 */
public final class ExternalEngine {

    static final int MAX_LINES = 8;
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern WRAPPING_QUOTES = Pattern.compile("^[\"“](.*)[\"”]$", Pattern.DOTALL);

    private final ChatCompletions client;

    public ExternalEngine(ChatCompletions client) {
        this.client = Objects.requireNonNull(client);
    }

    public AiResult answer(AiRequest request, LocalDate today) throws AiUnavailableException {
        if (request instanceof AiRequest.Improve improve) {
            return Suggestion.text(improve.text(), ask(Prompts.improve(improve.text())));
        }
        if (request instanceof AiRequest.FixGrammar fix) {
            return Suggestion.text(fix.text(), ask(Prompts.fixGrammar(fix.text())));
        }
        if (request instanceof AiRequest.ChangeTone tone) {
            return Suggestion.text(tone.text(), ask(Prompts.changeTone(tone.text(), tone.tone())));
        }
        if (request instanceof AiRequest.WriteSummary summary) {
            String current = summary.resume().basics().summary();
            return Suggestion.text(current == null ? "" : current,
                    ask(Prompts.summary(ResumeText.plain(summary.resume()))));
        }
        if (request instanceof AiRequest.SuggestBullets bullets) {
            String role = bullets.position() + (bullets.company().isEmpty() ? "" : " at " + bullets.company());
            return Suggestion.lines(lines(ask(Prompts.suggestBullets(role))));
        }
        AiRequest.Tailor tailor = (AiRequest.Tailor) request;
        TailorReport builtIn = TailorAdvice.tailor(tailor.resume(), tailor.posting(), today);
        List<Edit> edits = new ArrayList<>();
        for (String line : lines(ask(Prompts.tailor(ResumeText.plain(tailor.resume()), tailor.posting())))) {
            edits.add(new Edit(TailorReport.Kind.ADVICE, "", line, List.of()));
        }
        edits.addAll(builtIn.edits());
        return new TailorReport(builtIn.match(), edits, builtIn.labels());
    }

    private String ask(Prompts.Prompt prompt) throws AiUnavailableException {
        String answer = client.complete(prompt.system(), prompt.user()).strip();
        var quoted = WRAPPING_QUOTES.matcher(answer);
        return quoted.matches() ? quoted.group(1).strip() : answer;
    }

    /** The answer's non-empty lines without list marks, at most {@value #MAX_LINES}. */
    static List<String> lines(String answer) {
        return Arrays.stream(answer.split("\\R")).map(l -> LIST_MARK.matcher(l).replaceFirst("").strip())
                .filter(l -> !l.isEmpty()).limit(MAX_LINES).toList();
    }
}
