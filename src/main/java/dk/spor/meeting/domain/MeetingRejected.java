package dk.spor.meeting.domain;

/** An action the meeting's state does not allow, e.g. editing the agenda of a held meeting; the message is Danish. */
public class MeetingRejected extends RuntimeException {

    public MeetingRejected(String danishMessage) {
        super(danishMessage);
    }
}
