package dev.spc.core.spec;

import java.util.Locale;

/**
 * The improvement direction of a metric: which way a change is good news.
 *
 * <p>With {@link #INCREASE}, signals on the high side are improvement and signals on the low side are
 * concern; {@link #DECREASE} is the mirror; with {@link #NEITHER} every special cause is neutral
 * ("neither", purple in the Making Data Count charts) and no assurance is given.
 */
public enum Direction {
    INCREASE("increase"),
    DECREASE("decrease"),
    NEITHER("neither");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** The name used on the command line and in settings files. */
    public String id() {
        return id;
    }

    /** The direction that swaps improvement and concern; {@code NEITHER} stays itself. */
    public Direction opposite() {
        return switch (this) {
            case INCREASE -> DECREASE;
            case DECREASE -> INCREASE;
            case NEITHER -> NEITHER;
        };
    }

    /**
     * Reads a direction from its id or a common synonym ("up", "higher", "higher is better"; "down",
     * "lower", "lower is better"; "none"), ignoring case.
     *
     * @throws InvalidParameterException naming the accepted words when the text is none of them
     */
    public static Direction parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "increase", "up", "higher", "high", "higher is better", "high is good" -> INCREASE;
            case "decrease", "down", "lower", "low", "lower is better", "low is good" -> DECREASE;
            case "neither", "none", "neutral" -> NEITHER;
            default -> throw new InvalidParameterException(Parameter.DIRECTION, text,
                    "'" + text + "' is not an improvement direction; use increase, decrease or neither");
        };
    }
}
