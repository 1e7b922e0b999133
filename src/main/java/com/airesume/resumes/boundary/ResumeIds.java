package com.airesume.resumes.boundary;

/**
 * A resume id as an address gives it ({@code ?id=…}). Anything that is not a positive number is an id no resume
 * has, so it answers the same 404 as someone else's resume, never a conversion error.
 */
final class ResumeIds {

    private static final long NONE = 0;

    private ResumeIds() {
    }

    static long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(Character::isDigit)) {
            return NONE;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
