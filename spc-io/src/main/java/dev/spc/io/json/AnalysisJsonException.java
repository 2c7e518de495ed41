package dev.spc.io.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A JSON document that {@link AnalysisJson#read} refuses, and why: text that is not JSON, a document that is
 * not an {@code spc-analysis} document, a version this library does not know, a field that is missing or
 * cannot be read, or (as the subclass {@link AnalysisMismatchException}) results that differ from those this
 * library computes. Unchecked: a refused document is bad input, as a {@code DataException} is for a CSV file.
 * The message says what is wrong, where (a JSON Pointer such as {@code /analyses/0/points/3/input_value}) and,
 * when the document says so, which version of spc wrote it.
 */
public class AnalysisJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a document was refused. */
    public enum Reason {
        /** The text is not JSON (or holds more than one JSON value). */
        MALFORMED,
        /** The JSON is not an {@code spc-analysis} document: not an object, or its {@code format} is another. */
        NOT_AN_ANALYSIS_DOCUMENT,
        /** The document is of a version of the format this library does not read. */
        UNKNOWN_VERSION,
        /** A field is missing, of the wrong type, or holds a value that cannot be the input of an analysis. */
        INVALID,
        /** A stored result differs from the one this library computes from the stored input. */
        RESULTS_DIFFER
    }

    private final Reason reason;
    private final String location;
    private final String writtenBy;

    AnalysisJsonException(Reason reason, String location, String writtenBy, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.location = location == null ? "" : location;
        this.writtenBy = writtenBy;
    }

    /** Why the document was refused. */
    public Reason reason() {
        return reason;
    }

    /**
     * Where in the document the problem lies, as a JSON Pointer (RFC 6901) such as
     * {@code /analyses/0/points/3/upper_limit}; empty for the document as a whole.
     */
    public String location() {
        return location;
    }

    /** The {@code written_by} of the document (such as "spc 0.1.0"), when it got that far and says. */
    public Optional<String> writtenBy() {
        return Optional.ofNullable(writtenBy);
    }
}
