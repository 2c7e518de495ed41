package dev.spc.core.spec;

/**
 * Where a tabular CUSUM's sums start (docs/sensitive.md; Lucas and Crosier, "Fast initial response for CUSUM
 * quality-control schemes", Technometrics 24, 1982).
 */
public enum FastInitialResponse {
    /** Both sums start at 0 (qcc's default). */
    OFF("off"),
    /** The upper sum starts at h/2 and the lower at -h/2, so a process that starts out of control signals sooner. */
    ON("on");

    private final String id;

    FastInitialResponse(String id) {
        this.id = id;
    }

    /** The id settings and JSON use. */
    public String id() {
        return id;
    }

    /** @throws InvalidParameterException naming the ids when the text names none */
    public static FastInitialResponse parse(String text) {
        return Ids.parse(Parameter.CUSUM_FIR, text, values(), FastInitialResponse::id);
    }
}
