package dk.spor.measurement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import dk.spor.shared.ValidationFailed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurement rounds at meetings (seed 001, Silkeborg: "each participant notes their assessment separately", then the
 * reasons are discussed and compared with the previous round). Scores stay hidden until all have answered or the
 * caseworker ends the round.
 */
@Service
public class MeasurementRounds {

    static final int MAX_PARTICIPANTS = 12;

    private final JdbcClient jdbc;
    private final Measurements measurements;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final Clock clock;

    MeasurementRounds(JdbcClient jdbc, Measurements measurements, CaseFiles caseFiles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.measurements = measurements;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MeasurementRound start(CurrentUser user, long caseId, NewRound round) {
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        List<Instrument> family = measurements.familyOf(round.instrumentCode());
        FieldErrors errors = new FieldErrors();
        if (!measuring.caseOpen()) {
            errors.reject("instrumentCode", "Sagen er lukket. Der kan ikke holdes målerunder på en lukket sag.");
        }
        if (round.participants().isEmpty()) {
            errors.reject("participants", "Tilføj mindst én deltager.");
        } else if (round.participants().size() > MAX_PARTICIPANTS) {
            errors.reject("participants", "En målerunde kan have højst " + MAX_PARTICIPANTS + " deltagere.");
        }
        for (int i = 0; i < round.participants().size(); i++) {
            NewRound.Participant p = round.participants().get(i);
            String key = "participants[" + i + "]";
            FieldErrors own = new FieldErrors().requiredLine("name", p.name(), "Skriv deltagerens navn.");
            MeasurementRules.respondentVersion(p.perspective(), round.goalId(), measuring.rulesFor(family), own);
            own.asMap().forEach((field, message) -> errors.reject(
                    field.equals("instrumentCode") || field.equals("goalId") ? field : key,
                    field.equals("name") || field.equals("perspective") ? participantLabel(p) + message : message));
        }
        errors.throwIfAny();
        Instrument main = family.stream().filter(i -> i.childVersionOf() == null).findFirst().orElse(family.get(0));
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into measurement_round (case_id, child_id, instrument_code, instrument_version, goal_id,
                       meeting_id, started_by, started_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, measuring.childId(), main.code(), main.version(), main.perGoal() ? round.goalId() : null,
                        round.meetingId(), user.id(), Timestamp.from(now))
                .query(Long.class).single();
        for (int i = 0; i < round.participants().size(); i++) {
            NewRound.Participant p = round.participants().get(i);
            jdbc.sql("""
                    insert into measurement_round_participant (round_id, position, name, perspective, person_id)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, i + 1, p.name().strip(), p.perspective().name(), p.personId()).update();
        }
        caseFiles.record(caseId, now, "measurement.round-started", "Målerunde startet: " + main.shortName(),
                round.participants().size() + " deltagere", user.id());
        audit.write(AuditAction.CREATE, measuring.childId(), "measurement-round", id, "Målerunde startet");
        return load(id);
    }

    /** The round as the user may see it: who has answered, and once revealed what each answered and before. */
    public MeasurementRound round(CurrentUser user, long roundId) {
        MeasurementRound round = load(roundId);
        caseFiles.requireCase(user, round.caseId());
        audit.read(round.childId(), "measurement-round", roundId,
                round.revealed() ? "Målerundens svar vist" : "Målerundens status vist");
        return round;
    }

    /** The instrument version the participant answers in the round (CORS for a child of 6–12 in an ORS round). */
    public Instrument versionFor(CurrentUser user, MeasurementRound round, long participantId) {
        var participant = participant(round, participantId);
        CaseMeasuring measuring = measurements.measuring(user, round.caseId());
        return measurements.respondentVersion(measuring, round.instrumentCode(), participant.perspective(),
                round.goalId());
    }

    /**
     * Records one participant's own scores. When the last participant has answered the round is revealed. A round
     * already ended, or a participant who has already answered, is refused.
     */
    @Transactional
    public MeasurementRound answer(CurrentUser user, long roundId, long participantId, List<String> scores,
            String reason, String stepUp, String stepDown) {
        MeasurementRound round = lockedRound(user, roundId);
        var participant = participant(round, participantId);
        if (round.revealed() || participant.answered()) {
            throw new ValidationFailed(new FieldErrors().reject("scores", round.revealed()
                    ? "Målerunden er afsluttet, så der kan ikke svares mere."
                    : participant.name() + " har allerede svaret i denne runde."));
        }
        Measurement answer = measurements.recordInRound(measurements.measuring(user, round.caseId()),
                new NewMeasurement(round.instrumentCode(), round.goalId(), participant.perspective(), participant.name(),
                        participant.personId(), null, scores, reason, stepUp, stepDown),
                roundId, round.meetingId(), user.id());
        jdbc.sql("update measurement_round_participant set measurement_id = ? where id = ?")
                .params(answer.id(), participantId).update();
        if (round.answeredCount() + 1 == round.participants().size()) {
            closeRound(user, round, "Alle deltagere har svaret");
        }
        return load(roundId);
    }

    /** Ends the round before everyone has answered and reveals the answers given. */
    @Transactional
    public MeasurementRound close(CurrentUser user, long roundId, int expectedVersion) {
        MeasurementRound round = lockedRound(user, roundId);
        if (round.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Round " + roundId + " was changed by someone else");
        }
        if (!round.revealed()) {
            closeRound(user, round, "Afsluttet af rådgiveren: " + round.answeredCount() + " af "
                    + round.participants().size() + " har svaret");
        }
        return load(roundId);
    }

    private void closeRound(CurrentUser user, MeasurementRound round, String detail) {
        Instant now = clock.instant();
        jdbc.sql("update measurement_round set closed_at = ?, closed_by = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), user.id(), round.id()).update();
        caseFiles.record(round.caseId(), now, "measurement.round-closed", "Målerunde afsluttet: " + round.instrumentName(),
                detail, user.id());
        audit.write(AuditAction.UPDATE, round.childId(), "measurement-round", round.id(), "Målerunde afsluttet");
    }

    private MeasurementRound lockedRound(CurrentUser user, long roundId) {
        jdbc.sql("select id from measurement_round where id = ? for update").param(roundId).query(Long.class)
                .optional().orElseThrow(() -> new NotFound("Round " + roundId));
        MeasurementRound round = load(roundId);
        caseFiles.requireCase(user, round.caseId());
        return round;
    }

    private static MeasurementRound.RoundParticipant participant(MeasurementRound round, long participantId) {
        return round.participants().stream().filter(p -> p.id() == participantId).findFirst()
                .orElseThrow(() -> new NotFound("Participant " + participantId));
    }

    private MeasurementRound load(long roundId) {
        record Head(long id, long caseId, long childId, String instrumentCode, String shortName, Long goalId,
                String goalTitle, Long meetingId, Timestamp startedAt, Timestamp closedAt, int version) {
        }
        Head head = jdbc.sql("""
                select r.id, r.case_id, r.child_id, r.instrument_code, i.short_name, r.goal_id, g.title as goal_title,
                       r.meeting_id, r.started_at, r.closed_at, r.version
                  from measurement_round r
                  join instrument i on i.code = r.instrument_code and i.version = r.instrument_version
                  left join goal g on g.id = r.goal_id
                 where r.id = ?""").param(roundId).query(Head.class).optional()
                .orElseThrow(() -> new NotFound("Round " + roundId));
        boolean revealed = head.closedAt() != null;
        Instant startedAt = head.startedAt().toInstant();
        List<MeasurementRound.RoundParticipant> participants = new ArrayList<>();
        jdbc.sql("""
                select id, position, name, perspective, person_id, measurement_id
                  from measurement_round_participant where round_id = ? order by position""")
                .param(roundId).query((rs, n) -> {
                    Perspective perspective = Perspective.valueOf(rs.getString("perspective"));
                    Long measurementId = rs.getObject("measurement_id", Long.class);
                    String name = rs.getString("name");
                    return new MeasurementRound.RoundParticipant(rs.getLong("id"), rs.getInt("position"), name,
                            perspective, rs.getObject("person_id", Long.class), measurementId != null,
                            revealed && measurementId != null ? measurements.byId(measurementId) : null,
                            revealed ? measurements.previousOf(head.caseId(), head.instrumentCode(), head.goalId(),
                                    perspective, name, startedAt).orElse(null) : null);
                }).list().forEach(participants::add);
        return new MeasurementRound(head.id(), head.caseId(), head.childId(), head.instrumentCode(), head.shortName(),
                head.goalId(), head.goalTitle(), head.meetingId(), startedAt,
                revealed ? head.closedAt().toInstant() : null, head.version(), participants);
    }

    private static String participantLabel(NewRound.Participant p) {
        return p.name() == null || p.name().isBlank() ? "" : p.name().strip() + ": ";
    }
}
