package dk.spor.measurement;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Role;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.plan.Goals;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records measurements on a case and reads them back. Every score is checked against its instrument version's
 * scale ({@link MeasurementRules}); every read and write of a child's measurements is audited and every recording
 * is a chronology entry and a {@link MeasurementRecorded} event.
 */
@Service
public class Measurements {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final People people;
    private final Goals goals;
    private final Instruments instruments;
    private final FitExemptions fitExemptions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Measurements(JdbcClient jdbc, CaseFiles caseFiles, People people, Goals goals, Instruments instruments,
            FitExemptions fitExemptions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.people = people;
        this.goals = goals;
        this.instruments = instruments;
        this.fitExemptions = fitExemptions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What measuring on the case depends on, if the user may see the case. */
    public CaseMeasuring measuring(CurrentUser user, long caseId) {
        return measuring(caseFiles.requireCaseInScope(user, caseId));
    }

    /** What measuring on the case depends on, for a caller that has established its right to the case otherwise. */
    public CaseMeasuring measuringWithoutUser(long caseId) {
        return measuring(caseFiles.caseFile(dk.spor.organisation.AccessScope.all(), caseId)
                .orElseThrow(() -> new NotFound("Case " + caseId)));
    }

    /**
     * The version a respondent would answer, or {@link dk.spor.shared.ValidationFailed} saying why they cannot: for
     * preparing a one-time link or a measurement round before anyone scores.
     */
    public Instrument respondentVersion(CaseMeasuring measuring, String instrumentCode, Perspective perspective,
            Long goalId) {
        FieldErrors errors = new FieldErrors();
        Instrument instrument = MeasurementRules.respondentVersion(perspective, goalId,
                measuring.rulesFor(familyOf(instrumentCode)), errors);
        errors.throwIfAny();
        return instrument;
    }

    /** Records a measurement typed on the caseworker's screen or tablet, or by a provider for their child. */
    @Transactional
    public Measurement record(CurrentUser user, long caseId, NewMeasurement measurement) {
        MeasurementChannel channel = user.is(Role.PROVIDER) ? MeasurementChannel.PROVIDER : MeasurementChannel.SCREEN;
        return save(measuring(user, caseId), measurement, channel, null, null, user.id());
    }

    /**
     * Records what a respondent answered through a one-time link. The caller (the portal) has checked the link, which
     * is the respondent's only authority; there is no signed-in user.
     */
    @Transactional
    public Measurement recordByLink(long caseId, NewMeasurement measurement) {
        return save(measuringWithoutUser(caseId), measurement, MeasurementChannel.LINK, null, null, null);
    }

    /** Records one participant's answer in a measurement round at a meeting. */
    Measurement recordInRound(CaseMeasuring measuring, NewMeasurement measurement, long roundId, Long meetingId,
            long actorId) {
        return save(measuring, measurement, MeasurementChannel.MEETING, roundId, meetingId, actorId);
    }

    public Measurement measurement(CurrentUser user, long id) {
        Measurement measurement = find(id).orElseThrow(() -> new NotFound("Measurement " + id));
        caseFiles.requireCaseInScope(user, measurement.caseId());
        audit.read(measurement.childId(), "measurement", id, "Måling læst");
        return measurement;
    }

    /** The case's measurements, newest first, for a user who may see the case. */
    public List<Measurement> ofCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCaseInScope(user, caseId);
        audit.read(caseFile.childId(), "measurement", "case:" + caseId, "Målinger på sagen læst");
        return jdbc.sql(SELECT + " where m.case_id = ? order by m.measured_at desc, m.id desc").param(caseId)
                .query(Measurements::map).list();
    }

    /**
     * Each respondent's newest total per instrument family (and goal) on the case, with the total before it; audited
     * as one read of the child's measurements.
     */
    public List<LatestScore> latestOfCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCaseInScope(user, caseId);
        audit.read(caseFile.childId(), "measurement", "case:" + caseId, "Seneste målinger vist");
        return jdbc.sql("""
                with ranked as (
                    select m.*, coalesce(i.child_version_of, i.code) as family, i.short_name,
                           row_number() over (partition by coalesce(i.child_version_of, i.code), m.perspective,
                                              lower(m.respondent_name), m.goal_id
                                              order by m.measured_at desc, m.id desc) as n
                      from measurement m
                      join instrument i on i.code = m.instrument_code and i.version = m.instrument_version
                     where m.case_id = ?)
                select r.id, r.family, r.short_name, g.title as goal_title, r.perspective, r.respondent_name,
                       r.measured_at, r.total, p.total as previous_total, r.below_cutoff, b.colour, b.label as band_label
                  from ranked r
                  left join ranked p on p.family = r.family and p.perspective = r.perspective
                       and lower(p.respondent_name) = lower(r.respondent_name)
                       and p.goal_id is not distinct from r.goal_id and p.n = 2
                  left join goal g on g.id = r.goal_id
                  left join instrument_band b on b.instrument_code = r.instrument_code
                       and b.instrument_version = r.instrument_version and r.total between b.lower_value and b.upper_value
                 where r.n = 1
                 order by r.family, g.title nulls first, r.perspective, r.respondent_name""")
                .param(caseId)
                .query((rs, n) -> new LatestScore(rs.getString("family"), rs.getString("short_name"),
                        rs.getString("goal_title"), Perspective.valueOf(rs.getString("perspective")),
                        rs.getString("respondent_name"), rs.getLong("id"), rs.getTimestamp("measured_at").toInstant(),
                        rs.getBigDecimal("total"), rs.getBigDecimal("previous_total"),
                        rs.getString("colour") == null ? null : BandColour.valueOf(rs.getString("colour")),
                        rs.getString("band_label"), rs.getBoolean("below_cutoff")))
                .list();
    }

    /** The respondent's newest measurement on the instrument family (and goal) on the case before a moment. */
    Optional<Measurement> previousOf(long caseId, String familyCode, Long goalId, Perspective perspective,
            String respondentName, Instant before) {
        return jdbc.sql(SELECT + """
                 where m.case_id = :caseId and m.perspective = :perspective
                   and lower(m.respondent_name) = lower(:name) and m.goal_id is not distinct from :goalId
                   and m.measured_at < :before
                   and m.instrument_code in (select code from instrument where code = :family or child_version_of = :family)
                 order by m.measured_at desc, m.id desc limit 1""")
                .param("caseId", caseId).param("perspective", perspective.name()).param("name", respondentName.strip())
                .param("goalId", goalId).param("before", Timestamp.from(before)).param("family", familyCode)
                .query(Measurements::map).optional();
    }

    List<Instrument> familyOf(String instrumentCode) {
        return instrumentCode == null || instrumentCode.isBlank() ? List.of() : instruments.family(instrumentCode);
    }

    private CaseMeasuring measuring(CaseFile caseFile) {
        Child child = people.child(caseFile.childId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        return new CaseMeasuring(caseFile.id(), child.id(), child.firstName(), child.birthDate(), caseFile.isOpen(),
                goals.activeOfCase(caseFile.id()), fitExemptions.activeOn(caseFile.id(), today).orElse(null), today);
    }

    private Measurement save(CaseMeasuring measuring, NewMeasurement m, MeasurementChannel channel, Long roundId,
            Long meetingId, Long actorId) {
        MeasurementRules.Checked checked = MeasurementRules.check(m, measuring.rulesFor(familyOf(m.instrumentCode())));
        if (!measuring.caseOpen()) {
            checked.errors().reject("instrumentCode", "Sagen er lukket. Der kan ikke registreres målinger på en lukket sag.");
        }
        checked.errors().throwIfAny();
        Instrument instrument = checked.instrument();
        Instant now = clock.instant();
        Instant measuredAt = m.measuredOn() == null || m.measuredOn().equals(measuring.today()) ? now
                : m.measuredOn().atTime(LocalTime.NOON).atZone(ClockConfiguration.DANISH_TIME).toInstant();
        boolean belowCutoff = instrument.belowCutoff(checked.total(),
                measuring.ageOn(measuredAt.atZone(ClockConfiguration.DANISH_TIME).toLocalDate()));
        Long goalId = instrument.perGoal() ? m.goalId() : null;
        long id = jdbc.sql("""
                insert into measurement (case_id, child_id, instrument_code, instrument_version, goal_id, perspective,
                       respondent_name, respondent_person_id, measured_at, total, reason, step_up, step_down, channel,
                       meeting_id, round_id, recorded_by, recorded_at, below_cutoff)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(measuring.caseId(), measuring.childId(), instrument.code(), instrument.version(), goalId,
                        m.perspective().name(), m.respondentName().strip(), m.respondentPersonId(),
                        Timestamp.from(measuredAt), checked.total(), blankToNull(m.reason()), blankToNull(m.stepUp()),
                        blankToNull(m.stepDown()), channel.name(), meetingId, roundId, actorId, Timestamp.from(now),
                        belowCutoff)
                .query(Long.class).single();
        for (int i = 0; i < checked.scores().size(); i++) {
            jdbc.sql("insert into measurement_score (measurement_id, position, score) values (?, ?, ?)")
                    .params(id, instrument.items().get(i).position(), checked.scores().get(i)).update();
        }
        caseFiles.record(measuring.caseId(), now, "measurement.recorded",
                instrument.shortName() + ": " + m.perspective().label() + " " + m.respondentName().strip() + " gav "
                        + ScoreValues.format(checked.total()),
                channel.label() + (belowCutoff ? ". Under den kliniske grænse." : "."), actorId);
        audit.write(AuditAction.CREATE, measuring.childId(), "measurement", id,
                instrument.shortName() + " registreret via " + channel.label().toLowerCase(java.util.Locale.ROOT));
        events.publishEvent(new MeasurementRecorded(id, measuring.caseId(), measuring.childId(), instrument.code(),
                m.perspective(), channel, measuredAt));
        return find(id).orElseThrow();
    }

    /** A measurement by id, for the module's own views that have checked access to its case. */
    Measurement byId(long id) {
        return find(id).orElseThrow(() -> new NotFound("Measurement " + id));
    }

    private Optional<Measurement> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(Measurements::map).optional();
    }

    private static Measurement map(ResultSet rs, int row) throws SQLException {
        Array scores = rs.getArray("scores");
        return new Measurement(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getString("instrument_code"), rs.getInt("instrument_version"), rs.getString("instrument_name"),
                rs.getObject("goal_id", Long.class), Perspective.valueOf(rs.getString("perspective")),
                rs.getString("respondent_name"), rs.getTimestamp("measured_at").toInstant(), rs.getBigDecimal("total"),
                scores == null ? List.of() : Arrays.asList((BigDecimal[]) scores.getArray()), rs.getString("reason"),
                rs.getString("step_up"), rs.getString("step_down"), MeasurementChannel.valueOf(rs.getString("channel")),
                rs.getObject("meeting_id", Long.class), rs.getObject("round_id", Long.class),
                rs.getString("recorded_by_name"), rs.getBoolean("below_cutoff"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final String SELECT = """
            select m.id, m.case_id, m.child_id, m.instrument_code, m.instrument_version, i.name as instrument_name,
                   m.goal_id, m.perspective, m.respondent_name, m.measured_at, m.total, m.reason, m.step_up,
                   m.step_down, m.channel, m.meeting_id, m.round_id, u.full_name as recorded_by_name, m.below_cutoff,
                   (select array_agg(s.score order by s.position) from measurement_score s where s.measurement_id = m.id)
                       as scores
              from measurement m
              join instrument i on i.code = m.instrument_code and i.version = m.instrument_version
              left join app_user u on u.id = m.recorded_by
            """;
}
