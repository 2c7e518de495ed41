package dev.spc.core.rules;

/** The stable id of every special-cause rule, as written in the {@code rules} column. */
public enum RuleId {
    /** MDC rule 1: a point beyond a process limit. */
    ASTRONOMICAL("astronomical", "a point beyond a process limit"),
    /** MDC rule 2: a run of points on one side of the centre line. */
    SHIFT("shift", "a run of points on one side of the centre line"),
    /** MDC rule 3: a run of points each higher (or each lower) than the one before. */
    TREND("trend", "a run of points each rising or each falling"),
    /** MDC rule 4: two or three of three points close to a limit. */
    TWO_OF_THREE("two_of_three", "two of three points beyond a two-sigma line");

    private final String id;
    private final String description;

    RuleId(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The id written in the {@code rules} column. */
    public String id() {
        return id;
    }

    /** What the rule looks for, in a few plain words. */
    public String description() {
        return description;
    }
}
