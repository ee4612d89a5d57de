package dk.spor.followup;

import java.time.Instant;

/** One entry in a case's contact log. {@code childWords} is what the child said, in the child's own words. */
public record Contact(long id, long caseId, long childId, ContactChannel channel, Counterpart counterpart,
        Long personId, String personName, Instant occurredAt, String summary, String childWords,
        String recordedByName, Instant recordedAt) {

    /** "Telefonsamtale med Anne Hansen (Familien)": how the contact reads in lists and the chronology. */
    public String heading() {
        return channel.label() + " med " + personName + " (" + counterpart.label().toLowerCase(java.util.Locale.ROOT)
                + ")";
    }
}
