package com.airesume.ai.control;

import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.ResumeDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A professional summary written from a resume's own facts, without pronouns, in up to three sentences:
 *
 * <ol>
 * <li>the headline (the label, else the latest position), the years of experience from the earliest start to
 * the latest end (today for a current job), and up to four skills as the resume spells them: "Backend engineer
 * with 7 years of experience in Java, Kafka and PostgreSQL.";</li>
 * <li>the latest job: "Currently Senior Engineer at Allegro." or "Most recently … (until 2023).";</li>
 * <li>that job's strongest highlight, the shortest one with a figure: "Cut checkout latency from 900 ms to
 * 180 ms."</li>
 * </ol>
 *
 * <p>Nothing is invented: a part whose facts are missing is left out, and an empty resume gets no summary.</p>
 */
public final class SummaryWriter {

    static final int MAX_SKILLS = 4;
    private static final int MAX_HIGHLIGHT_WORDS = 25;
    private static final Pattern FIGURE = Pattern.compile("\\d");

    private SummaryWriter() {
    }

    public static String write(JsonResume resume, LocalDate today) {
        Optional<JsonResume.Work> latest = resume.work().stream().filter(w -> w.position() != null)
                .max(Comparator.comparing((JsonResume.Work w) -> w.endDate() == null ? 1 : 0)
                        .thenComparing(w -> w.startDate() == null ? new ResumeDate(1000, 0, 0) : w.startDate()));
        String headline = Optional.ofNullable(resume.basics().label()).or(() -> latest.map(JsonResume.Work::position))
                .orElse(null);
        List<String> skills = Stream.concat(resume.skills().stream().flatMap(s -> s.keywords().stream()),
                resume.skills().stream().map(JsonResume.Skill::name)).filter(Objects::nonNull).distinct()
                .limit(MAX_SKILLS).toList();
        long years = years(resume, today);

        List<String> sentences = new ArrayList<>();
        if (headline != null || !skills.isEmpty() || years > 0) {
            StringBuilder first = new StringBuilder(headline == null ? "Professional" : capitalised(headline));
            if (years > 0) {
                first.append(" with ").append(years).append(years == 1 ? " year" : " years").append(" of experience");
                if (!skills.isEmpty()) {
                    first.append(" in ").append(TailorAdvice.list(skills));
                }
            } else if (!skills.isEmpty()) {
                first.append(" skilled in ").append(TailorAdvice.list(skills));
            }
            sentences.add(first.append('.').toString());
        }
        latest.ifPresent(job -> {
            // The headline may be the position itself: then only the employer is news.
            String role = job.position().equalsIgnoreCase(headline == null ? "" : headline.strip())
                    ? (job.name() == null ? job.position() : "at " + job.name())
                    : job.position() + (job.name() == null ? "" : " at " + job.name());
            sentences.add(job.endDate() == null ? "Currently " + role + "."
                    : "Most recently " + role + " (until " + job.endDate().year() + ").");
            job.highlights().stream().filter(h -> FIGURE.matcher(h).find())
                    .filter(h -> h.split("\\s+").length <= MAX_HIGHLIGHT_WORDS)
                    .min(Comparator.comparingInt(String::length))
                    .ifPresent(h -> sentences.add(capitalised(h.strip()).replaceFirst("[.;,]*$", ".")));
        });
        return String.join(" ", sentences);
    }

    /** Whole years from the earliest start to the latest end, a current job ending today. */
    static long years(JsonResume resume, LocalDate today) {
        Optional<LocalDate> start = resume.work().stream().map(JsonResume.Work::startDate).filter(Objects::nonNull)
                .map(SummaryWriter::date).min(Comparator.naturalOrder());
        if (start.isEmpty()) {
            return 0;
        }
        LocalDate end = resume.work().stream().filter(w -> w.startDate() != null)
                .map(w -> w.endDate() == null ? today : date(w.endDate())).max(Comparator.naturalOrder())
                .orElse(today);
        return Math.max(0, ChronoUnit.YEARS.between(start.get(), end));
    }

    private static LocalDate date(ResumeDate date) {
        return LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
