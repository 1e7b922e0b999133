package com.airesume.platform.config;

import java.util.List;
import java.util.stream.Collectors;

/** The environment cannot run the application; each problem names its variable. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
