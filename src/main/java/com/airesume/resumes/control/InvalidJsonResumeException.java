package com.airesume.resumes.control;

import java.util.List;

/** An imported file that is not a JSON Resume this application can take, with every reason found. */
public class InvalidJsonResumeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidJsonResumeException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line a person can act on per problem, each starting with the JSON pointer of the place. */
    public List<String> problems() {
        return problems;
    }
}
