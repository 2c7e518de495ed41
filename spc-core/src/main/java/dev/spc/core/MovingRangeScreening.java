package dev.spc.core;

/** Whether unusually large moving ranges are left out before sigma is estimated (METHODS.md section 2). */
public enum MovingRangeScreening {
    /** Every moving range counts: the Making Data Count Excel tool. */
    OFF,
    /**
     * Moving ranges at or above 3.267 AMR are dropped and the AMR recomputed from the rest:
     * NHSRplotthedots and qicharts2.
     */
    SCREEN
}
