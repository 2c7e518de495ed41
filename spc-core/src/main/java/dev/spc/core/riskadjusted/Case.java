package dev.spc.core.riskadjusted;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One case (a patient, an operation) with its outcome and its predicted risk of that outcome.
 *
 * @param date when the case happened (cases are taken in the order given; several may share a date)
 * @param outcome 1 for the adverse outcome (a death), 0 otherwise
 * @param risk the predicted probability of the adverse outcome, above 0 and below 1
 */
public record Case(LocalDate date, int outcome, double risk) {
    /** @throws IllegalArgumentException for an outcome other than 0 or 1, or a risk outside (0, 1) */
    public Case {
        Objects.requireNonNull(date, "date");
        if (outcome != 0 && outcome != 1) {
            throw new IllegalArgumentException("an outcome is 0 or 1, not " + outcome);
        }
        if (!(risk > 0 && risk < 1)) {
            throw new IllegalArgumentException("a predicted risk is a probability above 0 and below 1, not " + risk);
        }
    }
}
