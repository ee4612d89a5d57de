package dk.spor.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * How often a case is followed up, as the caseworker decided and justified it to the child and the parents
 * (barnets lov § 95, stk. 3), with the child's own wish about how often. All the case's interventions are followed
 * up together.
 */
public record FollowUpCadence(long id, long caseId, int intervalAmount, CadenceUnit intervalUnit,
        String justification, String childWish, LocalDate decidedOn, String decidedByName, Instant recordedAt) {

    /** The date of the next follow-up after one held on {@code held}. */
    public LocalDate nextAfter(LocalDate held) {
        return intervalUnit.plus(held, intervalAmount);
    }

    /** The interval as a period, e.g. for how long a case may go without a measurement. */
    public Period interval() {
        return intervalUnit == CadenceUnit.WEEKS ? Period.ofWeeks(intervalAmount) : Period.ofMonths(intervalAmount);
    }

    /** "Hver 6. uge". */
    public String label() {
        String every = intervalUnit.every(intervalAmount);
        return Character.toUpperCase(every.charAt(0)) + every.substring(1);
    }
}
