package dk.spor.followup;

import java.time.Instant;
import java.util.Set;

import dk.spor.shared.FieldErrors;

/**
 * A contact as the caseworker logs it: who (a person from the child's relations, or a name typed freely), by which
 * channel, when, a short summary and, if the child took part, the child's own words.
 */
public record NewContact(ContactChannel channel, Counterpart counterpart, Long personId, String personName,
        Instant occurredAt, String summary, String childWords) {

    /** The shortest summary is a sentence; the log is not a journal, so it stays short. */
    static final int MAX_SUMMARY = 4_000;

    /**
     * Checks the entry. {@code relatedPersonIds} are the child's relations, the only persons that may be chosen;
     * a contact is logged after it happened, so it may not lie after {@code now}.
     */
    public FieldErrors validate(Set<Long> relatedPersonIds, Instant now) {
        FieldErrors errors = new FieldErrors()
                .required("channel", channel, "Vælg hvordan kontakten foregik.")
                .required("counterpart", counterpart, "Vælg hvem kontakten var med.")
                .required("occurredAt", occurredAt, "Skriv hvornår kontakten var.")
                .required("summary", summary, "Skriv et kort resumé af kontakten.")
                .maxLength("summary", summary, MAX_SUMMARY)
                .maxLength("personName", personName, FieldErrors.MAX_LINE)
                .text("childWords", childWords);
        if (personId != null && !relatedPersonIds.contains(personId)) {
            errors.reject("personId", "Personen er ikke registreret hos barnet. Vælg en anden, eller skriv navnet.");
        }
        if (personId == null && isBlank(personName) && counterpart != Counterpart.CHILD) {
            errors.reject("personName", "Vælg personen, eller skriv navnet på den, kontakten var med.");
        }
        if (occurredAt != null && occurredAt.isAfter(now)) {
            errors.reject("occurredAt", "Kontakten kan ikke ligge efter nu. Skriv hvornår den var.");
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
