package dk.spor.meeting.domain;

/** Someone else saved the meeting after the user opened it (optimistic locking). */
public class MeetingChangedConcurrently extends RuntimeException {

    public MeetingChangedConcurrently(String what) {
        super(what + " er blevet ændret af en anden, siden du åbnede siden. Dine indtastninger er ikke gemt, men står "
                + "stadig i formularen. Gem igen, hvis din tekst skal erstatte den gemte.");
    }
}
