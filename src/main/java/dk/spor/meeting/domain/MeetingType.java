package dk.spor.meeting.domain;

import java.util.List;

import dk.spor.shared.Perspective;

/**
 * A kind of meeting as configured data: its usual participants, the tools used at it, its agenda template, and
 * which deadline rules it meets when planned, meets when held and starts when held.
 */
public record MeetingType(String code, String name, String purpose, List<Perspective> defaultParticipants,
        List<String> tools, List<String> rulesMetWhenPlanned, List<String> rulesMetWhenHeld,
        List<String> rulesStartedWhenHeld, int defaultDurationMinutes, List<AgendaTemplateItem> agenda) {

    public static final String STARTUP = "STARTUP";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    /** One item of a type's agenda template. */
    public record AgendaTemplateItem(int position, String title, String guidance) {
    }

    public String participantLabels() {
        return String.join(", ", defaultParticipants.stream().map(Perspective::label).toList());
    }
}
