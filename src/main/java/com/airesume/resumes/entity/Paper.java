package com.airesume.resumes.entity;

import java.util.Locale;

/** The paper a resume is printed on: A4 in most of the world, US Letter in North America. */
public enum Paper {
    A4("A4"), LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    public String cssSize() {
        return cssSize;
    }

    /** The name in CSS classes. */
    public String key() {
        return cssSize.toLowerCase(Locale.ROOT);
    }
}
