package dk.spor.statusreport;

/**
 * A status report cannot be changed as asked: it has been sent, or someone saved it after the user opened it. The
 * message is Danish and tells the user what to do; nothing the user typed is lost.
 */
public class StatusReportRejected extends RuntimeException {

    public StatusReportRejected(String danishMessage) {
        super(danishMessage);
    }

    static StatusReportRejected changedBySomeoneElse() {
        return new StatusReportRejected("Statusrapporten er blevet gemt af en anden, siden du åbnede den. Dine "
                + "indtastninger er ikke gemt, men står stadig i formularen. Gem igen, hvis din tekst skal erstatte den.");
    }

    static StatusReportRejected alreadySubmitted() {
        return new StatusReportRejected("Statusrapporten er sendt til rådgiveren og kan ikke længere ændres.");
    }
}
