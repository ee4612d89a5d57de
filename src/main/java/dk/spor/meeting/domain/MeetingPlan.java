package dk.spor.meeting.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dk.spor.shared.FieldErrors;

/**
 * A meeting as the caseworker plans it. When the child attends, extra time is set aside so the meeting can go at the
 * child's pace (seed 001, Silkeborg), and the child is offered a supporter (bisidder, seed 002a).
 */
public record MeetingPlan(String typeCode, LocalDate date, LocalTime time, Integer durationMinutes, String place,
        String purpose, boolean childAttends, Integer extraMinutes, boolean supporterOffered, String supporterName,
        List<NewParticipant> participants) {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_EXTRA_MINUTES = 240;
    static final int YEARS_AHEAD = 2;

    public FieldErrors validate(LocalDate today) {
        FieldErrors errors = new FieldErrors()
                .required("typeCode", typeCode, "Vælg hvilken slags møde det er.")
                .required("date", date, "Skriv datoen for mødet.")
                .required("time", time, "Skriv hvornår mødet begynder, fx 09:30.")
                .required("durationMinutes", durationMinutes, "Skriv hvor mange minutter mødet varer.")
                .requiredLine("place", place, "Skriv hvor mødet holdes.")
                .text("purpose", purpose)
                .maxLength("supporterName", supporterName, FieldErrors.MAX_LINE)
                .notBefore("date", date, today.minusYears(1), "Mødet kan højst ligge et år tilbage.")
                .notAfter("date", date, today.plusYears(YEARS_AHEAD), "Mødet kan højst planlægges to år frem.");
        if (durationMinutes != null && (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES)) {
            errors.reject("durationMinutes", "Et møde varer mellem " + MIN_MINUTES + " og " + MAX_MINUTES + " minutter.");
        }
        if (childAttends && (extraMinutes == null || extraMinutes < 1)) {
            errors.reject("extraMinutes", "Når barnet deltager, skal der afsættes ekstra tid, så mødet kan gå i "
                    + "barnets tempo. Skriv hvor mange minutter, fx 30.");
        }
        if (extraMinutes != null && (extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES)) {
            errors.reject("extraMinutes", "Den ekstra tid kan højst være " + MAX_EXTRA_MINUTES + " minutter.");
        }
        if (participants.isEmpty()) {
            errors.reject("participants", "Vælg hvem der deltager i mødet.");
        }
        participants.forEach(p -> errors.maxLength("participants", p.name(), FieldErrors.MAX_LINE)
                .maxLength("participants", p.roleLabel(), FieldErrors.MAX_LINE));
        return errors;
    }
}
