package dk.spor.intervention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time from the grant to the start (or to today, while it has not started). An intervention that has not
 * started within {@code limitDays} needs a professional assessment of what the wait means for the child.
 */
public record WaitingTime(long days, boolean started, int limitDays, boolean assessed) {

    public static WaitingTime of(LocalDate grantedOn, LocalDate startedOn, LocalDate today, int limitDays,
            boolean assessed) {
        LocalDate until = startedOn != null ? startedOn : today;
        return new WaitingTime(Math.max(0, ChronoUnit.DAYS.between(grantedOn, until)), startedOn != null, limitDays,
                assessed);
    }

    /** The intervention is still waiting, longer than the limit. */
    public boolean exceeded() {
        return !started && days > limitDays;
    }

    /** The wait is too long and nobody has yet assessed what it means for the child. */
    public boolean assessmentMissing() {
        return exceeded() && !assessed;
    }

    /** "12 dage". */
    public String danish() {
        return days == 1 ? "1 dag" : days + " dage";
    }
}
