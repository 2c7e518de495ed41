package dev.spc.core.spec;

import java.util.Locale;

/** The families of special-cause rules (docs/methods.md, sections 3, 5 and 9), by their ids. */
public enum RuleSet {
    /** Making Data Count: astronomical point, shift, trend, two in three. The default for control charts. */
    MDC("mdc", "Making Data Count"),
    /** Anhøj's runs analysis: an unusually long run, unusually few crossings. The default for run charts. */
    ANHOEJ("anhoej", "Anhøj"),
    /** The Institute for Healthcare Improvement's run-chart rules: shift, trend, too few or too many runs. */
    IHI("ihi", "IHI"),
    /** The Western Electric rules 1-4 (Western Electric Statistical Quality Control Handbook, 1956). */
    WESTERN_ELECTRIC("we", "Western Electric"),
    /** Nelson's eight tests, as Minitab numbers them, each with its K. */
    NELSON("nelson", "Nelson");

    private final String id;
    private final String title;

    RuleSet(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The rule set's id, as settings and JSON name it. */
    public String id() {
        return id;
    }

    /** The rule set's name in prose. */
    public String title() {
        return title;
    }

    /** @throws InvalidParameterException naming the rule sets when the text names none */
    public static RuleSet parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "anhøj", "anhoj" -> {
                return ANHOEJ;
            }
            case "western-electric", "western_electric", "westernelectric" -> {
                return WESTERN_ELECTRIC;
            }
            default -> {
                for (RuleSet r : values()) {
                    if (r.id.equals(t)) {
                        return r;
                    }
                }
            }
        }
        throw new InvalidParameterException(Parameter.RULES, text,
                "'" + text + "' is not a rule set; available: mdc, anhoej, ihi, we, nelson");
    }
}
