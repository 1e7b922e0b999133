package com.airesume.resumes.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a resume needs: a year ({@code 2019}), a month ({@code 2019-04}) or a day
 * ({@code 2019-04-15}), the three forms JSON Resume 1.2.1 allows. An open end ("present") is an absent end date.
 *
 * @param year from 1000 to 2999, as the schema's pattern allows
 * @param month 1 to 12, or 0 for a year alone
 * @param day a day of that month, or 0 for a month alone
 */
public record ResumeDate(int year, int month, int day) implements Comparable<ResumeDate> {

    private static final Pattern FORM = Pattern.compile("([12]\\d{3})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public ResumeDate {
        if (year < 1000 || year > 2999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("Not a resume date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("No such day: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** The date written as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, if it is one. */
    public static Optional<ResumeDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResumeDate(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static ResumeDate of(YearMonth month) {
        return new ResumeDate(month.getYear(), month.getMonthValue(), 0);
    }

    /** Earlier first; a year alone sorts before its months, a month before its days. */
    @Override
    public int compareTo(ResumeDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month, other.month);
        return byMonth != 0 ? byMonth : Integer.compare(day, other.day);
    }

    /** The schema's form: as precise as it was given. */
    @Override
    public String toString() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
    }
}
