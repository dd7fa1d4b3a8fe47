package commstat.ingest.synth;

import static java.util.Objects.requireNonNull;

/** A cell written verbatim as text in every format: how planted bad values ({@code 2025-02-30}, {@code 1.234}) travel. */
record Literal(String text) {
    Literal {
        requireNonNull(text, "text is null");
    }
}
