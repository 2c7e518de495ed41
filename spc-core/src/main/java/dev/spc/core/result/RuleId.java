package dev.spc.core.result;

import dev.spc.core.spec.RuleSet;

/** The stable id of every special-cause rule, as written in the {@code rules} column, in output order. */
public enum RuleId {
    /** MDC rule 1: a point beyond a process limit. */
    ASTRONOMICAL("astronomical", RuleSet.MDC, true, "Beyond a limit", "a point beyond a process limit"),
    /** MDC rule 2: a run of points on one side of the centre line. */
    SHIFT("shift", RuleSet.MDC, true, "Shift", "a run of points on one side of the centre line"),
    /** MDC rule 3: a run of points each higher (or each lower) than the one before. */
    TREND("trend", RuleSet.MDC, true, "Trend", "a run of points each rising or each falling"),
    /** MDC rule 4: two or three of three points close to a limit. */
    TWO_OF_THREE("two_of_three", RuleSet.MDC, true, "Two of three near a limit", "two of three points beyond a two-sigma line"),
    /** Anhøj: a run on one side of the centre line longer than chance allows. */
    LONG_RUN("long_run", RuleSet.ANHOEJ, true, "Long run", "an unusually long run on one side of the centre line"),
    /** Anhøj: fewer crossings of the centre line than chance allows. */
    FEW_CROSSINGS("few_crossings", RuleSet.ANHOEJ, false, "Few crossings", "unusually few crossings of the centre line"),
    /** IHI: six or more points in a row on one side of the median. */
    IHI_SHIFT("ihi_shift", RuleSet.IHI, true, "Shift (IHI)", "a shift of points on one side of the median"),
    /** IHI: five or more points in a row each rising or each falling. */
    IHI_TREND("ihi_trend", RuleSet.IHI, true, "Trend (IHI)", "a run of points each rising or each falling"),
    /** IHI: fewer runs than chance allows (Swed-Eisenhart). */
    IHI_FEW_RUNS("ihi_few_runs", RuleSet.IHI, false, "Too few runs (IHI)", "too few runs about the median"),
    /** IHI: more runs than chance allows (Swed-Eisenhart). */
    IHI_MANY_RUNS("ihi_many_runs", RuleSet.IHI, false, "Too many runs (IHI)", "too many runs about the median"),
    /** Western Electric 1: a point beyond three sigma. */
    WE1("we1", RuleSet.WESTERN_ELECTRIC, true, "Western Electric 1", "a point beyond three sigma"),
    /** Western Electric 2: two of three points beyond two sigma on one side. */
    WE2("we2", RuleSet.WESTERN_ELECTRIC, true, "Western Electric 2", "two of three points beyond two sigma on one side"),
    /** Western Electric 3: four of five points beyond one sigma on one side. */
    WE3("we3", RuleSet.WESTERN_ELECTRIC, true, "Western Electric 3", "four of five points beyond one sigma on one side"),
    /** Western Electric 4: eight points in a row on one side. */
    WE4("we4", RuleSet.WESTERN_ELECTRIC, true, "Western Electric 4", "eight points in a row on one side of the centre line"),
    /** Nelson 1: a point more than K sigma from the centre line. */
    NELSON1("nelson1", RuleSet.NELSON, true, "Nelson 1", "a point far from the centre line"),
    /** Nelson 2: K points in a row on one side. */
    NELSON2("nelson2", RuleSet.NELSON, true, "Nelson 2", "a run of points on one side of the centre line"),
    /** Nelson 3: K points in a row each rising or each falling. */
    NELSON3("nelson3", RuleSet.NELSON, true, "Nelson 3", "a run of points each rising or each falling"),
    /** Nelson 4: K points in a row alternating up and down. */
    NELSON4("nelson4", RuleSet.NELSON, false, "Nelson 4", "points alternating up and down"),
    /** Nelson 5: K of K + 1 points beyond two sigma on one side. */
    NELSON5("nelson5", RuleSet.NELSON, true, "Nelson 5", "points beyond two sigma on one side"),
    /** Nelson 6: K of K + 1 points beyond one sigma on one side. */
    NELSON6("nelson6", RuleSet.NELSON, true, "Nelson 6", "points beyond one sigma on one side"),
    /** Nelson 7: K points in a row within one sigma of the centre line. */
    NELSON7("nelson7", RuleSet.NELSON, false, "Nelson 7", "points hugging the centre line (within one sigma)"),
    /** Nelson 8: K points in a row beyond one sigma, on either side. */
    NELSON8("nelson8", RuleSet.NELSON, false, "Nelson 8", "points avoiding the centre line (beyond one sigma on either side)");

    private final String id;
    private final RuleSet set;
    private final boolean sided;
    private final String name;
    private final String description;

    RuleId(String id, RuleSet set, boolean sided, String name, String description) {
        this.id = id;
        this.name = name;
        this.set = set;
        this.sided = sided;
        this.description = description;
    }

    /** The id written in the {@code rules} column. */
    public String id() {
        return id;
    }

    /** The rule set the rule belongs to. */
    public RuleSet set() {
        return set;
    }

    /**
     * True when the rule's signals have a side (high or low, so improvement or concern); false when the
     * pattern itself is the signal, which is then special cause with no side.
     */
    public boolean sided() {
        return sided;
    }

    /** The rule's short name for people ("Shift", "Beyond a limit"). */
    public String words() {
        return name;
    }

    /** What the rule looks for, in a few plain words. */
    public String description() {
        return description;
    }
}
