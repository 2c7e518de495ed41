package dev.spc.core.spec;

/**
 * Whether ghosted (excluded) points take part in the rules that look at several points in a row: runs
 * analysis, shifts, trends, windows (docs/methods.md, section 1.3).
 */
public enum GhostsInRuns {
    /**
     * A ghosted point is judged by every rule like any other point: it can start, carry or break a run. The
     * Making Data Count tools, which have no other way.
     */
    COUNTED("counted"),
    /**
     * A ghosted point is left out of every rule that looks at more than one point, which passes over it as
     * over a gap (its neighbours become consecutive); the rules that judge a point alone against the limits
     * still judge it. qicharts2, whose runs analysis (Anhøj's rules) leaves excluded points out while its
     * 3-sigma rule judges every point.
     */
    SKIPPED("skipped");

    private final String id;

    GhostsInRuns(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static GhostsInRuns parse(String text) {
        return Ids.parse(Parameter.GHOSTS_IN_RUNS, text, values(), GhostsInRuns::id);
    }
}
