package com.airesume.resumes.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order, titles and visibility of a resume's sections. A layout always names every section exactly once, so
 * a layout stored before a section existed still shows that section (at the end, visible), and nothing the
 * person writes is ever lost by a layout: a hidden section keeps its content.
 *
 * @param sections every section once, in the order they print
 */
public record SectionLayout(List<SectionSetting> sections) {

    public static final SectionLayout DEFAULT = new SectionLayout(List.of());

    /** Completes a partial list: the first setting of a section counts, missing sections follow in default order. */
    public SectionLayout {
        List<SectionSetting> complete = new ArrayList<>(ResumeSection.values().length);
        Set<ResumeSection> seen = EnumSet.noneOf(ResumeSection.class);
        if (sections != null) {
            sections.stream().filter(Objects::nonNull).filter(s -> seen.add(s.section())).forEach(complete::add);
        }
        for (ResumeSection section : ResumeSection.values()) {
            if (seen.add(section)) {
                complete.add(SectionSetting.of(section));
            }
        }
        sections = List.copyOf(complete);
    }

    /** The section's setting. */
    public SectionSetting setting(ResumeSection section) {
        return sections.get(indexOf(section));
    }

    /** The layout with the section moved {@code delta} places down (negative: up), stopping at either end. */
    public SectionLayout moved(ResumeSection section, int delta) {
        int from = indexOf(section);
        int to = (int) Math.max(0, Math.min(sections.size() - 1L, (long) from + delta));
        List<SectionSetting> reordered = new ArrayList<>(sections);
        reordered.add(to, reordered.remove(from));
        return new SectionLayout(reordered);
    }

    public SectionLayout withVisible(ResumeSection section, boolean visible) {
        SectionSetting old = setting(section);
        return replaced(new SectionSetting(section, old.title(), visible));
    }

    /** The layout with the section under the given title; {@code null} or blank for the default title. */
    public SectionLayout withTitle(ResumeSection section, String title) {
        return replaced(new SectionSetting(section, title, setting(section).visible()));
    }

    /** The sections that print, in order. */
    public List<SectionSetting> visible() {
        return sections.stream().filter(SectionSetting::visible).toList();
    }

    private SectionLayout replaced(SectionSetting setting) {
        List<SectionSetting> changed = new ArrayList<>(sections);
        changed.set(indexOf(setting.section()), setting);
        return new SectionLayout(changed);
    }

    private int indexOf(ResumeSection section) {
        Objects.requireNonNull(section, "section");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).section() == section) {
                return i;
            }
        }
        throw new IllegalStateException("A complete layout lacks " + section);
    }
}
