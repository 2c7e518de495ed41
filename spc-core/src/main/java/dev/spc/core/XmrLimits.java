package dev.spc.core;

/** How an XmR chart turns the average moving range (AMR) into process limits (METHODS.md section 2). */
public enum XmrLimits {
    /** CL -+ 2.66 AMR, two-sigma lines at CL -+ (2/3) 2.66 AMR: the Making Data Count tools. */
    MDC("mdc"),
    /** sigma-hat = AMR / 1.128, CL -+ 3 sigma-hat: qicharts2 and the Power BI visual. */
    SIGMA("sigma");

    private final String id;

    XmrLimits(String id) {
        this.id = id;
    }

    /** The name used by {@code --xmr-limits}. */
    public String id() {
        return id;
    }
}
