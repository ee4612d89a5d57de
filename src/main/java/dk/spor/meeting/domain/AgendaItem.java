package dk.spor.meeting.domain;

/** An item of a meeting's own agenda, with the minutes written to it. */
public record AgendaItem(long id, int position, String title, String guidance, String minutes) {
}
