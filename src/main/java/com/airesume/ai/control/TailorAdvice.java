package com.airesume.ai.control;

import com.airesume.ai.control.TailorReport.Edit;
import com.airesume.ai.control.TailorReport.Kind;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built-in engine's edits for a job posting, from its {@link KeywordMatch}, in the order they pay off:
 *
 * <ol>
 * <li><b>Missing skills</b> the posting names: add them to Skills, where they are true (the person edits the
 * list before applying it).</li>
 * <li><b>Summary</b>: the posting's skills the resume has but its summary does not name, added as a closing
 * sentence; a resume without a summary gets one written from its facts.</li>
 * <li><b>Skills only listed</b>: a skill the posting wants that the resume names only under Skills is worth
 * showing in a job, where a reader sees it used.</li>
 * <li><b>Weak highlights</b>: lines that open weakly or carry filler, rewritten by {@link WritingAdvice}.</li>
 * <li><b>The posting's other words</b> the resume never uses ("payments", "on call"): worth echoing where they
 * are true, since tracking systems match words, not meaning.</li>
 * </ol>
 *
 * <p>Keywords are shown in the resume's own spelling where it has them, else in the posting's.</p>
 */
public final class TailorAdvice {

    static final int MAX_SKILLS = 6;
    static final int MAX_SUMMARY_TERMS = 4;
    static final int MAX_LINES = 3;
    static final int MAX_TERMS = 5;

    private TailorAdvice() {
    }

    public static TailorReport tailor(JsonResume resume, String posting, LocalDate today) {
        Map<String, String> sections = ResumeText.sections(resume);
        KeywordMatch.Result match = KeywordMatch.match(posting, sections);
        String resumeText = String.join("\n", sections.values());
        List<Edit> edits = new ArrayList<>();
        // Each keyword's spelling is looked up once (it searches the resume and the posting) and used everywhere.
        Map<String, String> labels = new HashMap<>();
        Function<KeywordMatch.Keyword, String> label = k -> labels.computeIfAbsent(k.term(),
                term -> display(term, resumeText, posting));
        match.keywords().forEach(label::apply);

        List<String> missingSkills = match.missing().stream().filter(KeywordMatch.Keyword::skill)
                .limit(MAX_SKILLS).map(label).toList();
        if (!missingSkills.isEmpty()) {
            edits.add(new Edit(Kind.ADD_SKILLS, "", String.join(", ", missingSkills), missingSkills));
        }

        String summary = resume.basics().summary() == null ? "" : resume.basics().summary();
        List<String> unnamed = match.matched().stream().filter(KeywordMatch.Keyword::skill)
                .filter(k -> !contains(summary, label.apply(k)))
                .limit(MAX_SUMMARY_TERMS).map(label).toList();
        if (summary.isBlank()) {
            String written = SummaryWriter.write(resume, today);
            if (!written.isBlank()) {
                edits.add(new Edit(Kind.SUMMARY, "", written, List.of()));
            }
        } else if (!unnamed.isEmpty()) {
            String closing = "Experienced in " + list(unnamed) + ".";
            edits.add(new Edit(Kind.SUMMARY, summary, summary.strip() + (summary.strip().endsWith(".") ? " " : ". ")
                    + closing, unnamed));
        }

        List<String> listedOnly = match.matched().stream().filter(KeywordMatch.Keyword::skill)
                .filter(k -> k.sections().equals(List.of(ResumeSection.SKILLS.key())))
                .limit(MAX_TERMS).map(label).toList();
        if (!listedOnly.isEmpty() && !resume.work().isEmpty()) {
            edits.add(new Edit(Kind.SHOW_IN_WORK, "", "", listedOnly));
        }

        resume.work().stream().flatMap(w -> w.highlights().stream()).map(line -> {
            WritingAdvice.Advice advice = WritingAdvice.review(line);
            boolean weak = advice.problems().stream().anyMatch(p -> p != WritingAdvice.Problem.NO_NUMBER
                    && p != WritingAdvice.Problem.TOO_LONG);
            return weak && !advice.rewrite().equals(line.strip()) ? new Edit(Kind.LINE, line, advice.rewrite(),
                    List.of()) : null;
        }).filter(e -> e != null).limit(MAX_LINES).forEach(edits::add);

        List<String> otherWords = match.missing().stream().filter(k -> !k.skill()).limit(MAX_TERMS)
                .map(label).toList();
        if (!otherWords.isEmpty()) {
            edits.add(new Edit(Kind.USE_TERMS, "", "", otherWords));
        }
        return new TailorReport(match, edits, labels);
    }

    /**
     * A keyword as the resume spells it, else as the posting does (under any of its synonyms, singular or
     * plural), else as the word list does.
     */
    static String display(String term, String resumeText, String posting) {
        List<String> spellings = Vocabulary.spellings(term);
        return Stream.of(resumeText, posting).flatMap(text -> spellings.stream().map(s -> find(s, text)))
                .filter(found -> found != null).findFirst().orElse(term);
    }

    private static String find(String term, String text) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term)
                + "(?:e?s)?(?![\\p{L}\\p{N}+#])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static boolean contains(String text, String term) {
        return find(term.toLowerCase(Locale.ROOT), text) != null;
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return String.join(", ", terms.subList(0, terms.size() - 1)) + " and " + terms.get(terms.size() - 1);
    }
}
