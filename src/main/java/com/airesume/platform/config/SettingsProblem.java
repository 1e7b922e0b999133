package com.airesume.platform.config;

import java.util.Objects;

/**
 * One thing wrong with the environment: the variable, and a sentence that says what to set.
 *
 * @param variable the environment variable at fault
 * @param advice what is wrong and what to do, written for the operator reading the boot log
 */
public record SettingsProblem(String variable, String advice) {

    public SettingsProblem {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(advice, "advice");
    }

    @Override
    public String toString() {
        return variable + ": " + advice;
    }
}
