package dev.spc.core;

/**
 * Why a point cannot go on the chart asked for, in words for the person who made the data: which of the
 * point's fields is wrong, what is wrong with it, and how to fix it.
 *
 * @param field the field at fault
 * @param problem what is wrong, such as "the numerator 12 is larger than the denominator 10"
 * @param hint how to fix it
 */
public record InputProblem(Field field, String problem, String hint) {

    /**
     * A problem at a point of a series.
     *
     * @param index the point's index in the series
     * @param problem what is wrong there
     */
    public record At(int index, InputProblem problem) {
    }

    /** The fields of a point that a chart reads. */
    public enum Field {
        VALUE,
        NUMERATOR,
        DENOMINATOR,
        SUBGROUP
    }
}
