package commstat.jobs.assessment;

import java.util.List;

/** An assessment scheme file with problems; the message lists every one of them. */
public final class SchemeException extends RuntimeException {
    private final List<String> problems;

    public SchemeException(String source, List<String> problems) {
        super("assessment scheme " + source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
