package dev.spc.io.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document whose stored results differ from those this library computes from the document's own input:
 * written by a version of spc with a different method, or edited by hand. Names the metric, the point (its
 * index and date) or the phase or signal, the field, both values, and the version that wrote the document.
 * Its {@link #reason() reason} is {@link Reason#RESULTS_DIFFER}.
 */
public final class AnalysisMismatchException extends AnalysisJsonException {
    private static final long serialVersionUID = 1L;

    private final String metric;
    private final int point;
    private final transient LocalDate date;
    private final String field;
    private final String stored;
    private final String recomputed;

    AnalysisMismatchException(String location, String writtenBy, String metric, int point, LocalDate date, String field,
            String stored, String recomputed, String message) {
        super(Reason.RESULTS_DIFFER, location, writtenBy, message, null);
        this.metric = metric;
        this.point = point;
        this.date = date;
        this.field = field;
        this.stored = stored;
        this.recomputed = recomputed;
    }

    /** The metric whose analysis differs. */
    public String metric() {
        return metric;
    }

    /** The index (0 for the first) of the point that differs, when the difference is in a point. */
    public OptionalInt point() {
        return point < 0 ? OptionalInt.empty() : OptionalInt.of(point);
    }

    /** The date of the point that differs, when the difference is in a point. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** The field that differs, such as {@code upper_limit} or {@code variation}. */
    public String field() {
        return field;
    }

    /** The document's value, as JSON text. */
    public String stored() {
        return stored;
    }

    /** The value this library computes, as JSON text. */
    public String recomputed() {
        return recomputed;
    }
}
