package dk.spor.followup;

import dk.spor.measurement.Instruments;
import dk.spor.measurement.MeasurementChannel;
import dk.spor.measurement.MeasurementRecorded;
import dk.spor.measurement.ProgressionAlertRaised;
import dk.spor.meeting.FollowUpCallRecorded;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Provider;
import dk.spor.statusreport.StatusReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What reaches the case from outside the caseworker's own hands lands in the inbox, unassessed: a provider's status
 * report, a score given through a one-time link, an alert on the child's progression, and what a parent said in the
 * call after a meeting.
 */
@Component
class ReportsIntoInbox {

    private final NewInformationInbox inbox;
    private final ContactLog contactLog;
    private final Organisation organisation;
    private final Instruments instruments;

    ReportsIntoInbox(NewInformationInbox inbox, ContactLog contactLog, Organisation organisation,
            Instruments instruments) {
        this.inbox = inbox;
        this.contactLog = contactLog;
        this.organisation = organisation;
        this.instruments = instruments;
    }

    @ApplicationModuleListener
    void on(StatusReportSubmitted submitted) {
        String provider = organisation.providers().stream().filter(p -> p.id() == submitted.providerId())
                .map(Provider::name).findFirst().orElse("udføreren");
        inbox.register(NewInformationSource.PROVIDER_REPORT, submitted.reportId(), submitted.caseId(),
                submitted.childId(), submitted.submittedAt(), "Statusrapport fra " + provider,
                "Udførerens statusrapport er sendt. Læs den, og vurdér om indsatsen skal justeres.");
    }

    @ApplicationModuleListener
    void on(MeasurementRecorded recorded) {
        if (recorded.channel() != MeasurementChannel.LINK) {
            return;
        }
        String instrument = instruments.current(recorded.instrumentCode()).map(i -> i.name())
                .orElse(recorded.instrumentCode());
        inbox.register(NewInformationSource.MEASUREMENT, recorded.measurementId(), recorded.caseId(),
                recorded.childId(), recorded.measuredAt(),
                instrument + " besvaret via link (" + recorded.perspective().label().toLowerCase(java.util.Locale.ROOT) + ")",
                "Svaret er gemt som en måling på sagen. Se det på barnets progression.");
    }

    /** An alert on the child's progression is assessed like any new information: adjust, meet, investigate or not. */
    @ApplicationModuleListener
    void on(ProgressionAlertRaised alert) {
        inbox.register(NewInformationSource.PROGRESSION_ALERT, alert.alertId(), alert.caseId(), alert.childId(),
                alert.raisedAt(), alert.title(), alert.detail());
    }

    @ApplicationModuleListener
    void on(FollowUpCallRecorded call) {
        contactLog.recordMeetingCall(call.caseId(), call.childId(), call.personName(), call.calledAt(), call.summary());
    }
}
