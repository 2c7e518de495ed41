package dev.spc.core.spec;

/** How an XmR chart turns the average moving range (AMR) into process limits (docs/methods.md, section 2). */
public enum XmrLimits {
    /** CL -+ 2.66 AMR, two-sigma lines at CL -+ (2/3) 2.66 AMR: the Making Data Count tools. */
    MDC("mdc"),
    /** sigma-hat = AMR / 1.128, CL -+ 3 sigma-hat: qicharts2 and the Power BI visual. */
    SIGMA("sigma");

    private final String id;

    XmrLimits(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static XmrLimits parse(String text) {
        return Ids.parse(Parameter.XMR_LIMITS, text, values(), XmrLimits::id);
    }
}
