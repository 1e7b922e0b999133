package com.airesume.ai.control;

import com.airesume.resumes.entity.JsonResume;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** What a person asks the assistant for: one record per action in the editor. */
public sealed interface AiRequest extends Serializable {

    /** Rewrite a line or a summary to read stronger. */
    record Improve(String text) implements AiRequest {
        public Improve {
            Objects.requireNonNull(text);
        }
    }

    /** Correct spelling, grammar and punctuation, changing nothing else. */
    record FixGrammar(String text) implements AiRequest {
        public FixGrammar {
            Objects.requireNonNull(text);
        }
    }

    /** Rewrite a text in another tone. */
    record ChangeTone(String text, Prompts.Tone tone) implements AiRequest {
        public ChangeTone {
            Objects.requireNonNull(text);
            Objects.requireNonNull(tone);
        }
    }

    /** Write a summary from the resume's work and skills. */
    record WriteSummary(JsonResume resume) implements AiRequest {
        public WriteSummary {
            Objects.requireNonNull(resume);
        }
    }

    /** Suggest highlights for one job of the resume. */
    record SuggestBullets(String position, String company, List<String> existing, JsonResume resume)
            implements AiRequest {
        public SuggestBullets {
            position = position == null ? "" : position.strip();
            company = company == null ? "" : company.strip();
            existing = List.copyOf(existing);
            Objects.requireNonNull(resume);
        }
    }

    /** Score the resume against a job posting and suggest edits. */
    record Tailor(JsonResume resume, String posting) implements AiRequest {
        public Tailor {
            Objects.requireNonNull(resume);
            Objects.requireNonNull(posting);
        }
    }
}
