package dev.spc.core.spec;

import java.util.Objects;

/**
 * The parameters of the charts that catch small sustained shifts (docs/sensitive.md), with qcc's defaults.
 *
 * @param cusumK the CUSUM's reference value k, in sigmas: half the shift to detect (0.5: a one-sigma shift)
 * @param cusumH the CUSUM's decision interval h, in sigmas (5)
 * @param fastInitialResponse whether the CUSUM's sums start at -+ h/2 rather than 0
 * @param ewmaLambda the EWMA's weight on the newest value, above 0 and at most 1 (0.2)
 * @param ewmaL the width of the EWMA's limits, in the EWMA's own sigmas (3)
 */
public record SensitiveCharts(double cusumK, double cusumH, FastInitialResponse fastInitialResponse,
        double ewmaLambda, double ewmaL) {
    /** qcc's defaults: k = 0.5, h = 5, no fast initial response, lambda = 0.2, L = 3. */
    public static final SensitiveCharts DEFAULT = new SensitiveCharts(0.5, 5, FastInitialResponse.OFF, 0.2, 3);

    /** @throws InvalidParameterException for a value outside its range */
    public SensitiveCharts {
        Objects.requireNonNull(fastInitialResponse, "fastInitialResponse");
        if (!(cusumK >= 0) || !Double.isFinite(cusumK)) {
            throw new InvalidParameterException(Parameter.CUSUM_K, cusumK, "k must be a number of 0 or more, not " + cusumK);
        }
        if (!(cusumH > 0) || !Double.isFinite(cusumH)) {
            throw new InvalidParameterException(Parameter.CUSUM_H, cusumH, "h must be a number above 0, not " + cusumH);
        }
        if (!(ewmaLambda > 0 && ewmaLambda <= 1)) {
            throw new InvalidParameterException(Parameter.EWMA_LAMBDA, ewmaLambda,
                    "lambda must be above 0 and at most 1, not " + ewmaLambda);
        }
        if (!(ewmaL > 0) || !Double.isFinite(ewmaL)) {
            throw new InvalidParameterException(Parameter.EWMA_L, ewmaL, "L must be a number above 0, not " + ewmaL);
        }
    }

    public SensitiveCharts withCusumK(double value) {
        return new SensitiveCharts(value, cusumH, fastInitialResponse, ewmaLambda, ewmaL);
    }

    public SensitiveCharts withCusumH(double value) {
        return new SensitiveCharts(cusumK, value, fastInitialResponse, ewmaLambda, ewmaL);
    }

    public SensitiveCharts withFastInitialResponse(FastInitialResponse value) {
        return new SensitiveCharts(cusumK, cusumH, value, ewmaLambda, ewmaL);
    }

    public SensitiveCharts withEwmaLambda(double value) {
        return new SensitiveCharts(cusumK, cusumH, fastInitialResponse, value, ewmaL);
    }

    public SensitiveCharts withEwmaL(double value) {
        return new SensitiveCharts(cusumK, cusumH, fastInitialResponse, ewmaLambda, value);
    }
}
