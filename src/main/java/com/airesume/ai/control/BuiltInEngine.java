package com.airesume.ai.control;

import com.airesume.resumes.entity.JsonResume;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The offline engine: every action answered on this server by rules and word lists, the same way every time.
 * Improving reviews each sentence with {@link WritingAdvice}; fixing corrects spelling against the
 * {@link Spelling} dictionary, then {@link Grammar}; tone uses {@link ToneRules}; summaries come from
 * {@link SummaryWriter}, bullets from {@link BulletIdeas}, and tailoring from {@link TailorAdvice}.
 */
public final class BuiltInEngine {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private BuiltInEngine() {
    }

    public static AiResult answer(AiRequest request, LocalDate today) {
        Objects.requireNonNull(request);
        if (request instanceof AiRequest.Improve improve) {
            return improve(improve.text());
        }
        if (request instanceof AiRequest.FixGrammar fix) {
            return fixGrammar(fix.text());
        }
        if (request instanceof AiRequest.ChangeTone tone) {
            return Suggestion.of(tone.text(), ToneRules.rewrite(tone.text(), tone.tone()));
        }
        if (request instanceof AiRequest.WriteSummary summary) {
            return Suggestion.text(summaryOf(summary.resume()), SummaryWriter.write(summary.resume(), today));
        }
        if (request instanceof AiRequest.SuggestBullets bullets) {
            return Suggestion.lines(BulletIdeas.suggest(bullets.position(), skills(bullets.resume()),
                    bullets.existing()));
        }
        AiRequest.Tailor tailor = (AiRequest.Tailor) request;
        return TailorAdvice.tailor(tailor.resume(), tailor.posting(), today);
    }

    /** Each sentence reviewed on its own, so a summary gets the same advice as a highlight. */
    static Suggestion improve(String text) {
        Set<WritingAdvice.Problem> problems = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            WritingAdvice.Advice advice = WritingAdvice.review(sentence);
            problems.addAll(advice.problems());
            sentences.add(advice.rewrite());
        }
        return new Suggestion(text, String.join(" ", sentences), List.of(), List.copyOf(problems), List.of());
    }

    static Suggestion fixGrammar(String text) {
        List<Rewrite.Change> changes = new ArrayList<>();
        Spelling spelling = Spelling.english();
        List<Spelling.Misspelling> misspellings = spelling.check(text);
        for (Spelling.Misspelling misspelling : misspellings) {
            if (!misspelling.suggestions().isEmpty()) {
                changes.add(new Rewrite.Change(misspelling.word(), Spelling.matchCase(misspelling.word(),
                        misspelling.suggestions().get(0))));
            }
        }
        Rewrite grammar = Grammar.fix(spelling.corrected(text, misspellings));
        changes.addAll(grammar.changes());
        return Suggestion.of(text, new Rewrite(grammar.text(), changes));
    }

    private static String summaryOf(JsonResume resume) {
        return resume.basics().summary() == null ? "" : resume.basics().summary();
    }

    /** The resume's skills and their keywords, in its own spelling and order. */
    static List<String> skills(JsonResume resume) {
        return resume.skills().stream().flatMap(s -> Stream.concat(Stream.of(s.name()), s.keywords().stream()))
                .filter(Objects::nonNull).distinct().toList();
    }
}
