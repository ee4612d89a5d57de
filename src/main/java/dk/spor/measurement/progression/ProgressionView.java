package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.document.PdfDocuments;
import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.Interventions;
import dk.spor.meeting.MeetingSummary;
import dk.spor.meeting.Meetings;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.plan.Goal;
import dk.spor.plan.Goals;
import dk.spor.shared.NotFound;
import org.springframework.stereotype.Service;

/**
 * Builds the child's progression page. Loads only what it shows: the chosen instrument's course and the per-goal
 * instruments' courses for the child (index {@code measurement_child_course}), the item scores of the last two
 * measurements per participant, the child's goals, interventions and alerts. Every read is audited.
 */
@Service
public class ProgressionView {

    static final String DEFAULT_INSTRUMENT = "TRIVSELSLINEAL";
    private static final int RESOLVED_ALERTS_SHOWN = 10;

    private final CaseFiles caseFiles;
    private final People people;
    private final Goals goals;
    private final Interventions interventions;
    private final Meetings meetings;
    private final InstrumentReads instruments;
    private final MeasurementReads measurements;
    private final AlertLists alerts;
    private final AuditLog audit;
    private final PdfDocuments documents;
    private final Clock clock;

    ProgressionView(CaseFiles caseFiles, People people, Goals goals, Interventions interventions, Meetings meetings,
            InstrumentReads instruments, MeasurementReads measurements, AlertLists alerts, AuditLog audit,
            PdfDocuments documents, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.people = people;
        this.goals = goals;
        this.interventions = interventions;
        this.instruments = instruments;
        this.measurements = measurements;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The page for one instrument; without a known {@code instrumentCode}, Trivselslinealen or the first measured. */
    public ProgressionPage page(CurrentUser user, long childId, String instrumentCode) {
        caseFiles.requireChildAccess(user, childId);
        Child child = people.child(childId).orElseThrow(() -> new NotFound("Child " + childId));
        audit.read(childId, "progression", childId, "Barnets progression læst");
        Map<String, ProgressionInstrument> definitions = instruments.newestVersions();
        Set<String> measured = Set.copyOf(measurements.instrumentsOfChild(childId));
        List<ProgressionInstrument> choices = definitions.values().stream()
                .filter(i -> measured.contains(i.code())).toList();
        ProgressionInstrument chosen = choose(choices, instrumentCode);
        List<CaseFile> cases = caseFiles.casesOfChild(childId);
        List<Goal> childGoals = cases.stream().flatMap(c -> goals.ofCase(c.id()).stream()).toList();
        List<InterventionPeriod> childInterventions = cases.stream()
                .flatMap(c -> interventions.ofCase(c.id()).stream()).toList();
        List<MeetingSummary> childMeetings = cases.stream().flatMap(c -> meetings.ofCase(c.id()).stream()).toList();
        Map<Long, Goal> goalsById = childGoals.stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        Long currentCase = cases.stream().filter(CaseFile::isOpen).map(CaseFile::id).findFirst().orElse(null);
        List<AlertRow> alertRows = alerts.ofChild(childId, RESOLVED_ALERTS_SHOWN);
        if (chosen == null) {
            return new ProgressionPage(child, currentCase, choices, null, null, List.of(), List.of(), alertRows, List.of());
        }
        List<MeasuredScore> course = measurements.course(childId, List.of(chosen.code()));
        Map<Respondent, List<MeasuredScore>> series = bySeries(course);
        ChartData chart = chart(chosen, child, series, goalsById, markers(childGoals, childInterventions, childMeetings));
        List<PreviousNewest> comparisons = previousNewest(chosen, series, goalsById);
        List<ProgressionPage.DataRow> rows = course.stream().sorted(Comparator.comparing(MeasuredScore::measuredAt)
                        .reversed())
                .map(m -> new ProgressionPage.DataRow(m.measuredAt(), label(m.respondent(), goalsById),
                        Scores.format(m.total()), m.reason()))
                .toList();
        return new ProgressionPage(child, currentCase, choices, chosen, chart, comparisons,
                goalAttainment(definitions, measured, childGoals), alertRows, rows);
    }

    /** The child's open alerts, for the short progression summary on the child's page. */
    public List<AlertRow> openAlerts(CurrentUser user, long childId) {
        caseFiles.requireChildAccess(user, childId);
        audit.read(childId, "progression", childId, "Progressionsadvarsler på barnets side");
        return alerts.ofChild(childId, 0);
    }

    /** The page as a PDF/UA document for a meeting; the chart becomes a table of bars. The export is audited. */
    public byte[] pdf(CurrentUser user, long childId, String instrumentCode, String municipalityName) {
        ProgressionPage page = page(user, childId, instrumentCode);
        audit.write(AuditAction.EXPORT, childId, "progression", childId, "Progression dannet som PDF");
        return documents.render("progression", Map.of("page", page, "municipalityName", municipalityName,
                "today", LocalDate.now(clock)));
    }

    private static ProgressionInstrument choose(List<ProgressionInstrument> choices, String code) {
        return choices.stream().filter(i -> i.code().equals(code)).findFirst()
                .or(() -> choices.stream().filter(i -> i.code().equals(DEFAULT_INSTRUMENT)).findFirst())
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private ChartData chart(ProgressionInstrument instrument, Child child, Map<Respondent, List<MeasuredScore>> series,
            Map<Long, Goal> goalsById, List<ChartData.Marker> markers) {
        List<ChartData.Line> lines = series.entrySet().stream()
                .map(e -> new ChartData.Line(label(e.getKey(), goalsById), e.getKey().perspective().name(),
                        e.getValue().stream().map(m -> new ChartData.Point(m.measuredOn(), m.total())).toList()))
                .toList();
        BigDecimal cutoff = instrument.cutoffAt(child.ageOn(LocalDate.now(clock))).orElse(null);
        return new ChartData(instrument.code(), instrument.name(), instrument.minTotal(), instrument.maxTotal(), cutoff,
                instrument.bands().stream().map(b -> new ChartData.Band(b.lower(), b.upper(), b.colour(), b.label()))
                        .toList(), lines, markers);
    }

    /** Goals (set and review dates), intervention periods and held meetings, on the chart's time axis. */
    List<ChartData.Marker> markers(List<Goal> goals, List<InterventionPeriod> interventions,
            List<MeetingSummary> meetings) {
        List<ChartData.Marker> markers = new ArrayList<>();
        for (Goal goal : goals) {
            markers.add(new ChartData.Marker(goal.setOn(), null, "GOAL_SET", "Mål sat: " + goal.title()));
            if (goal.reviewOn() != null) {
                markers.add(new ChartData.Marker(goal.reviewOn(), null, "GOAL_REVIEW", "Mål revideres: " + goal.title()));
            }
        }
        for (InterventionPeriod intervention : interventions) {
            if (intervention.startedOn() != null) {
                LocalDate end = intervention.endedOn() != null ? intervention.endedOn()
                        : intervention.expectedDurationMonths() == null ? null
                        : intervention.startedOn().plusMonths(intervention.expectedDurationMonths());
                markers.add(new ChartData.Marker(intervention.startedOn(), end, "INTERVENTION",
                        intervention.typeName() + (intervention.providerName() == null ? ""
                                : " (" + intervention.providerName() + ")")));
            }
        }
        for (MeetingSummary meeting : meetings) {
            if (meeting.heldAt() != null) {
                markers.add(new ChartData.Marker(LocalDate.ofInstant(meeting.startsAt(), clock.getZone()), null,
                        "MEETING", meeting.typeName()));
            }
        }
        markers.sort(Comparator.comparing(ChartData.Marker::date));
        return markers;
    }

    private List<PreviousNewest> previousNewest(ProgressionInstrument instrument,
            Map<Respondent, List<MeasuredScore>> series, Map<Long, Goal> goalsById) {
        List<Long> lastTwo = series.values().stream()
                .flatMap(s -> s.subList(Math.max(0, s.size() - 2), s.size()).stream()).map(MeasuredScore::id).toList();
        Map<Long, Map<Integer, BigDecimal>> scores = instrument.items().size() < 2 ? Map.of()
                : measurements.itemScores(lastTwo);
        return series.entrySet().stream()
                .map(e -> PreviousNewest.of(label(e.getKey(), goalsById), e.getValue(), instrument.items(), scores))
                .toList();
    }

    private List<ProgressionPage.GoalAttainment> goalAttainment(Map<String, ProgressionInstrument> definitions,
            Set<String> measured, List<Goal> childGoals) {
        List<String> perGoal = definitions.values().stream().filter(ProgressionInstrument::perGoal)
                .map(ProgressionInstrument::code).filter(measured::contains).toList();
        if (perGoal.isEmpty() || childGoals.isEmpty()) {
            return List.of();
        }
        long childId = childGoals.get(0).childId();
        Map<Respondent, List<MeasuredScore>> series = bySeries(measurements.course(childId, perGoal));
        return childGoals.stream().map(goal -> new ProgressionPage.GoalAttainment(goal, series.entrySet().stream()
                        .filter(e -> Long.valueOf(goal.id()).equals(e.getKey().goalId()))
                        .flatMap(e -> e.getValue().stream().map(MeasuredScore::instrumentCode).distinct()
                                .map(code -> goalScore(definitions.get(code), e.getKey(), e.getValue().stream()
                                        .filter(m -> m.instrumentCode().equals(code)).toList())))
                        .toList()))
                .toList();
    }

    private static ProgressionPage.GoalScore goalScore(ProgressionInstrument instrument, Respondent respondent,
            List<MeasuredScore> scores) {
        PreviousNewest.ItemChange change = PreviousNewest.of(respondent.label(), scores, List.of(), Map.of()).total();
        return new ProgressionPage.GoalScore(instrument.shortName(), respondent.label(), change.newestText(),
                change.changeText(), scores.get(scores.size() - 1).measuredAt());
    }

    /** One series per respondent (and goal), in the order they first answered, each oldest first. */
    private static Map<Respondent, List<MeasuredScore>> bySeries(List<MeasuredScore> course) {
        Map<Respondent, List<MeasuredScore>> series = new LinkedHashMap<>();
        course.forEach(m -> series.computeIfAbsent(m.respondent(), r -> new ArrayList<>()).add(m));
        return series;
    }

    private static String label(Respondent respondent, Map<Long, Goal> goalsById) {
        Goal goal = respondent.goalId() == null ? null : goalsById.get(respondent.goalId());
        return goal == null ? respondent.label() : respondent.label() + " – " + goal.title();
    }
}
