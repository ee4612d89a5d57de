package dk.spor.measurement.progression;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.intervention.FollowUpCadence;
import dk.spor.intervention.FollowUpCadences;
import dk.spor.intervention.Interventions;
import dk.spor.measurement.MeasurementRecorded;
import dk.spor.measurement.ProgressionAlertRaised;
import dk.spor.organisation.AccessScope;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.plan.Goals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a case's progression alerts against its course and materialises them: when a measurement is recorded
 * ({@link #evaluate}), and periodically for the alerts time brings ({@link AlertRound}). A raised alert is a line in
 * the chronology and a {@link ProgressionAlertRaised} event for the new-information inbox.
 */
@Service
public class AlertEvaluation {

    private static final Period DEFAULT_CADENCE = Period.ofMonths(3);

    private final CaseFiles caseFiles;
    private final MeasurementReads measurements;
    private final InstrumentReads instruments;
    private final Goals goals;
    private final Interventions interventions;
    private final FollowUpCadences cadences;
    private final People people;
    private final AlertStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertEvaluation(CaseFiles caseFiles, MeasurementReads measurements, InstrumentReads instruments, Goals goals,
            Interventions interventions, FollowUpCadences cadences, People people, AlertStore store,
            ApplicationEventPublisher events, Clock clock) {
        this.cadences = cadences;
        this.caseFiles = caseFiles;
        this.measurements = measurements;
        this.instruments = instruments;
        this.goals = goals;
        this.interventions = interventions;
        this.people = people;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** A new score can raise or resolve an alert at once, wherever it was given. */
    @ApplicationModuleListener
    void on(MeasurementRecorded recorded) {
        evaluate(recorded.caseId());
    }

    /** Evaluates one case now, noting raised and resolved alerts in the chronology and publishing the raised ones. */
    @Transactional
    public void evaluate(long caseId) {
        evaluate(caseId, instruments.newestVersions(), true);
    }

    /**
     * Evaluates many cases without chronology lines or events: for bulk loads such as the demo data, where nobody
     * is to be notified.
     */
    @Transactional
    public int evaluateQuietly(List<Long> caseIds) {
        Map<String, ProgressionInstrument> definitions = instruments.newestVersions();
        return caseIds.stream().mapToInt(caseId -> evaluate(caseId, definitions, false)).sum();
    }

    /** Evaluates a case with instruments already read; returns how many alerts were raised. */
    @Transactional
    public int evaluate(long caseId, Map<String, ProgressionInstrument> definitions, boolean notify) {
        Optional<CaseFile> found = caseFiles.caseFile(AccessScope.all(), caseId);
        if (found.isEmpty()) {
            return 0;
        }
        CaseFile caseFile = found.get();
        Instant now = clock.instant();
        List<AlertFinding> findings = caseFile.isOpen() ? course(caseFile, definitions).findings() : List.of();
        AlertStore.Changes changes = store.sync(caseId, caseFile.childId(), findings, now);
        if (notify) {
            for (AlertStore.Raised raised : changes.raised()) {
                AlertFinding finding = raised.finding();
                caseFiles.record(caseId, now, "measurement.alert", "Progressionsadvarsel: " + finding.title(),
                        finding.detail(), null);
                events.publishEvent(new ProgressionAlertRaised(raised.id(), caseId, caseFile.childId(),
                        finding.kind().name(), finding.title(), finding.detail(), now));
            }
            for (AlertStore.OpenAlert resolved : changes.resolved()) {
                caseFiles.record(caseId, now, "measurement.alert-resolved", "Advarsel afsluttet: " + resolved.title(),
                        resolved.kind().resolution(), null);
            }
        }
        return changes.raised().size();
    }

    private CaseCourse course(CaseFile caseFile, Map<String, ProgressionInstrument> definitions) {
        List<MeasuredScore> scores = measurements.ofCase(caseFile.id());
        boolean perGoal = scores.stream().anyMatch(m -> definitions.containsKey(m.instrumentCode())
                && definitions.get(m.instrumentCode()).perGoal());
        boolean alliance = scores.stream().anyMatch(m -> definitions.containsKey(m.instrumentCode())
                && definitions.get(m.instrumentCode()).alliance());
        LocalDate birthDate = alliance ? people.child(caseFile.childId()).map(Child::birthDate).orElse(null) : null;
        boolean followedUp = caseFile.phase() == CasePhase.INTERVENTION || caseFile.phase() == CasePhase.EARLY_SUPPORT;
        return new CaseCourse(followedUp, birthDate, scores,
                perGoal ? goals.ofCase(caseFile.id()) : List.of(), interventions.ofCase(caseFile.id()), definitions,
                followUpCadence(caseFile.id()), LocalDate.now(clock));
    }

    /**
     * How long a followed-up case may go without a measurement: the case's decided cadence, or until one is decided
     * the first follow-up's 3 months from the start (barnets lov § 95).
     */
    private Period followUpCadence(long caseId) {
        return cadences.current(caseId).map(FollowUpCadence::interval).orElse(DEFAULT_CADENCE);
    }
}
