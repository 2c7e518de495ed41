package dev.spc.core.spec;

/** How a G chart's limits are drawn from the mean interval g-bar (docs/methods.md, section 8). */
public enum GLimits {
    /** g-bar -+ 3 sqrt(g-bar (g-bar + 1)), the lower clamped at 0: qicharts2. */
    SIGMA("sigma"),
    /** The 0.00135 and 0.99865 quantiles of the geometric distribution with mean g-bar (Benneyan). */
    PROBABILITY("probability"),
    /**
     * qcc's G chart: the centre line at the mean g-bar, sigma = sqrt(g-bar (g-bar - 1)), and the limits the
     * 0.00135 and 0.99865 quantiles of the geometric distribution with p = 1 / g-bar.
     */
    QCC("qcc");

    private final String id;

    GLimits(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static GLimits parse(String text) {
        return Ids.parse(Parameter.G_LIMITS, text, values(), GLimits::id);
    }
}
