package dev.spc.core.spec;

import java.util.Objects;

/**
 * A parameter of a {@link ChartSpec} was given a value it cannot take, such as a baseline of one point.
 * The exception carries which parameter, the value as given and what is wrong with it, so that a program
 * can tell its user in its own terms (a command line names its option, a form its field).
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Parameter parameter;
    private final String value;
    private final String problem;

    /**
     * @param parameter the parameter at fault
     * @param value the value as given (shown with {@link String#valueOf(Object)})
     * @param problem what is wrong, in words for the person who gave it, such as "a baseline needs at
     *     least 2 points, not 1"
     */
    public InvalidParameterException(Parameter parameter, Object value, String problem) {
        super(parameter.id() + ": " + problem);
        this.parameter = Objects.requireNonNull(parameter);
        this.value = String.valueOf(value);
        this.problem = Objects.requireNonNull(problem);
    }

    /** The parameter at fault. */
    public Parameter parameter() {
        return parameter;
    }

    /** The value as given. */
    public String value() {
        return value;
    }

    /** What is wrong with the value, without the parameter's name. */
    public String problem() {
        return problem;
    }
}
