package dk.spor.meeting.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import dk.spor.shared.FieldErrors;

/**
 * The phone call after a meeting as the caseworker records it: the two questions always asked (seed 001 §5.8) and
 * free notes, since the relationship matters more than the guide.
 */
public record CallRecord(LocalDate calledOn, LocalTime calledTime, String interventionStarted, String goodDevelopment,
        String notes) {

    public FieldErrors validate(LocalDate today, LocalDate meetingDate) {
        FieldErrors errors = new FieldErrors()
                .required("calledOn", calledOn, "Skriv datoen for opkaldet.")
                .required("calledTime", calledTime, "Skriv klokkeslættet for opkaldet, fx 10:15.")
                .notInFuture("calledOn", calledOn, today, "Opkaldet kan ikke ligge i fremtiden.")
                .notBefore("calledOn", calledOn, meetingDate, "Opkaldet skal ligge efter mødet.")
                .text("interventionStarted", interventionStarted).text("goodDevelopment", goodDevelopment)
                .text("notes", notes);
        if (isBlank(interventionStarted) && isBlank(goodDevelopment) && isBlank(notes)) {
            errors.reject("interventionStarted", "Skriv svarene på spørgsmålene eller en note om samtalen.");
        }
        return errors;
    }

    /** The answers in brief, for the chronology and the contact log. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        append(text, "Er indsatsen gået i gang? ", interventionStarted);
        append(text, "Bidrager indsatsen til en god udvikling? ", goodDevelopment);
        append(text, "", notes);
        return text.toString();
    }

    private static void append(StringBuilder text, String question, String answer) {
        if (!isBlank(answer)) {
            text.append(text.isEmpty() ? "" : " ").append(question).append(answer.strip());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
