package dev.spc.core.series;

import java.util.Objects;

/**
 * A series, or one of its points, cannot be analysed as asked: a numerator above its denominator on a P
 * chart, two points on one date, a subgroup of one on an Xbar chart. The exception carries the problem as
 * data ({@link #problem()}): the metric, the point, the field, the value and the {@link Remedy}.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient InputProblem problem;

    public InvalidInputException(InputProblem problem) {
        super(message(Objects.requireNonNull(problem)));
        this.problem = problem;
    }

    /** What is wrong, where, and how to fix it. */
    public InputProblem problem() {
        return problem;
    }

    private static String message(InputProblem p) {
        StringBuilder sb = new StringBuilder();
        if (!p.metric().isEmpty()) {
            sb.append("metric '").append(p.metric()).append("', ");
        }
        sb.append(p.index() >= 0 ? "point " + (p.index() + 1) + " (" + p.date() + ")" : "point on " + p.date());
        sb.append(": ").append(p.describe()).append("; ").append(p.remedy().advice());
        return sb.toString();
    }
}
