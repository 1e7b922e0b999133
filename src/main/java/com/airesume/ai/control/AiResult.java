package com.airesume.ai.control;

import java.io.Serializable;

/** What an engine answers: a {@link Suggestion} for a text, or a {@link TailorReport} for a job posting. */
public sealed interface AiResult extends Serializable permits Suggestion, TailorReport {
}
