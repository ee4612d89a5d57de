package dk.spor.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.Cpr;
import dk.spor.shared.FieldErrors;

/**
 * A concern report or request as the caseworker types it in. Names are only needed when the CPR number is new
 * to Spor.
 */
public record NewConcernReport(ReportKind kind, String cpr, String firstName, String lastName, Long teamId,
        ReporterType reporterType, String reporterName, String reporterOrganisation, String reporterContact,
        LocalDate receivedDate, LocalTime receivedTime, Channel channel, Set<ConcernCategory> categories,
        String content) {

    public NewConcernReport {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    /** Receipt in Danish local time. */
    public ZonedDateTime receivedAt() {
        return ZonedDateTime.of(receivedDate, receivedTime, ClockConfiguration.DANISH_TIME);
    }

    /** Checks the report as typed; {@code childKnown} says whether the CPR number already belongs to a child. */
    public FieldErrors validate(Clock clock, boolean childKnown) {
        FieldErrors errors = new FieldErrors()
                .required("kind", kind, "Vælg om det er en underretning eller en henvendelse.")
                .required("cpr", cpr, "Skriv barnets CPR-nummer.")
                .required("reporterType", reporterType, "Vælg hvem underretningen kommer fra.")
                .required("receivedDate", receivedDate, "Skriv datoen for modtagelsen.")
                .required("receivedTime", receivedTime, "Skriv klokkeslættet for modtagelsen.")
                .required("channel", channel, "Vælg hvordan underretningen kom ind.")
                .required("content", content, "Beskriv bekymringen.")
                .maxLength("content", content, FieldErrors.MAX_TEXT)
                .maxLength("reporterName", reporterName, FieldErrors.MAX_LINE)
                .maxLength("reporterOrganisation", reporterOrganisation, FieldErrors.MAX_LINE)
                .maxLength("reporterContact", reporterContact, FieldErrors.MAX_LINE)
                .maxLength("firstName", firstName, FieldErrors.MAX_LINE)
                .maxLength("lastName", lastName, FieldErrors.MAX_LINE);
        if (cpr != null && !cpr.isBlank() && Cpr.parse(cpr).isEmpty()) {
            errors.reject("cpr", "CPR-nummeret er ikke gyldigt. Det skal have 10 cifre, og de første 6 skal være en rigtig dato (DDMMÅÅ).");
        }
        if (Cpr.parse(cpr).isPresent() && !childKnown) {
            errors.required("firstName", firstName, "Barnet findes ikke i Spor. Skriv barnets fornavn.")
                    .required("lastName", lastName, "Barnet findes ikke i Spor. Skriv barnets efternavn.");
        }
        if (receivedDate != null && receivedTime != null && receivedAt().toInstant().isAfter(clock.instant())) {
            errors.reject("receivedDate", "Modtagelsestidspunktet kan ikke ligge i fremtiden.");
        }
        if (reporterType != null && reporterType.isProfessional()) {
            errors.required("reporterOrganisation", reporterOrganisation,
                    "Skriv hvilken skole, institution eller myndighed underretteren kommer fra.");
        }
        return errors;
    }
}
