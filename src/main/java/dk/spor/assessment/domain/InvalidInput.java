package dk.spor.assessment.domain;

import java.util.Map;

/** Input the domain refused, with a Danish message per form field. */
public class InvalidInput extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("Invalid input: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
