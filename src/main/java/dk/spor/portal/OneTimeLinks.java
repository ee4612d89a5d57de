package dk.spor.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.measurement.CaseMeasuring;
import dk.spor.measurement.Instrument;
import dk.spor.measurement.Measurement;
import dk.spor.measurement.Measurements;
import dk.spor.measurement.NewMeasurement;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.People;
import dk.spor.people.RelatedPerson;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;
import dk.spor.shared.ValidationFailed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links: made by the caseworker for the child, a parent or a network person; answered without an account.
 * The token has 256 random bits and only its SHA-256 is stored. A link works once and until it expires.
 */
@Service
public class OneTimeLinks {

    static final Set<Perspective> RESPONDENTS = EnumSet.of(Perspective.CHILD, Perspective.PARENT, Perspective.NETWORK);
    static final int MAX_VALID_DAYS = 30;
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Measurements measurements;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultValidDays;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(JdbcClient jdbc, Measurements measurements, People people, AuditLog audit, Clock clock,
            @Value("${spor.portal.link-valid-days:7}") int defaultValidDays) {
        this.jdbc = jdbc;
        this.measurements = measurements;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.defaultValidDays = defaultValidDays;
    }

    public int defaultValidDays() {
        return defaultValidDays;
    }

    @Transactional
    public CreatedLink create(CurrentUser user, long caseId, NewLink link) {
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        FieldErrors errors = new FieldErrors();
        int days = link.validDays() == null ? defaultValidDays : link.validDays();
        if (days < 1 || days > MAX_VALID_DAYS) {
            errors.reject("validDays", "Linket kan gælde fra 1 til " + MAX_VALID_DAYS + " dage.");
        }
        if (!measuring.caseOpen()) {
            errors.reject("instrumentCode", "Sagen er lukket. Der kan ikke laves links på en lukket sag.");
        }
        if (link.perspective() != null && !RESPONDENTS.contains(link.perspective())) {
            errors.reject("perspective", "Et engangslink kan sendes til barnet, en forælder eller en person i netværket.");
        }
        String name = respondentName(measuring, link, errors);
        if (errors.isEmpty()) {
            try {
                measurements.respondentVersion(measuring, link.instrumentCode(), link.perspective(), link.goalId());
            } catch (ValidationFailed e) {
                e.errors().asMap().forEach(errors::reject);
            }
        }
        errors.throwIfAny();
        String token = newToken();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into one_time_link (case_id, child_id, instrument_code, goal_id, perspective, respondent_name,
                       person_id, token_hash, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, measuring.childId(), link.instrumentCode(), link.goalId(), link.perspective().name(),
                        name, link.perspective() == Perspective.CHILD ? null : link.personId(), hash(token), user.id(),
                        Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(days))))
                .query(Long.class).single();
        audit.write(AuditAction.CREATE, measuring.childId(), "one-time-link", id,
                "Engangslink lavet til " + link.perspective().label().toLowerCase(java.util.Locale.ROOT));
        return new CreatedLink(find(id).orElseThrow(), token);
    }

    /** The case's links, newest first, with their status. */
    public List<OneTimeLink> ofCase(CurrentUser user, long caseId) {
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        audit.read(measuring.childId(), "one-time-link", "case:" + caseId, "Engangslinks på sagen vist");
        return jdbc.sql(SELECT + " where l.case_id = :caseId order by l.created_at desc, l.id desc")
                .param("caseId", caseId).query(this::map).list();
    }

    /** What the answer page asks, if the link can still be answered; the opening is audited. */
    public LinkQuestion open(String token) {
        Row row = usable(token, false);
        audit.read(row.childId(), "one-time-link", row.id(), "Engangslink åbnet af modtageren");
        return question(row);
    }

    /**
     * Records the answer as a measurement on the case (channel LINK) and uses the link up. Invalid scores throw
     * {@link ValidationFailed} and leave the link usable.
     */
    @Transactional
    public Measurement answer(String token, List<String> scores, String reason, String stepUp, String stepDown) {
        Row row = usable(token, true);
        LinkQuestion question = question(row);
        Measurement measurement = measurements.recordByLink(row.caseId(), new NewMeasurement(
                question.instrument().code(), row.goalId(), row.perspective(), row.respondentName(), row.personId(),
                null, scores, reason, stepUp, stepDown));
        jdbc.sql("update one_time_link set answered_at = ?, measurement_id = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(clock.instant()), measurement.id(), row.id()).update();
        audit.write(AuditAction.UPDATE, row.childId(), "one-time-link", row.id(), "Engangslink besvaret og brugt");
        return measurement;
    }

    private LinkQuestion question(Row row) {
        CaseMeasuring measuring = measurements.measuringWithoutUser(row.caseId());
        Instrument instrument;
        try {
            instrument = measurements.respondentVersion(measuring, row.instrumentCode(), row.perspective(), row.goalId());
        } catch (ValidationFailed e) {
            throw new LinkUnavailable(LinkUnavailable.Reason.NO_LONGER_RELEVANT);
        }
        if (!measuring.caseOpen()) {
            throw new LinkUnavailable(LinkUnavailable.Reason.NO_LONGER_RELEVANT);
        }
        String goalTitle = row.goalId() == null ? null : measuring.activeGoals().stream()
                .filter(g -> g.id() == row.goalId()).map(g -> g.title()).findFirst().orElse(null);
        return new LinkQuestion(measuring.childFirstName(), firstName(row.respondentName()), row.perspective(),
                instrument, goalTitle);
    }

    /** The link behind a token if it can be answered now; locked for the answer's transaction when asked. */
    private Row usable(String token, boolean lock) {
        if (token == null || token.length() > 100) {
            throw new LinkUnavailable(LinkUnavailable.Reason.UNKNOWN);
        }
        Row row = jdbc.sql("""
                select id, case_id, child_id, instrument_code, goal_id, perspective, respondent_name, person_id,
                       expires_at, answered_at
                  from one_time_link where token_hash = ?""" + (lock ? " for update" : ""))
                .param(hash(token)).query(Row.class).optional()
                .orElseThrow(() -> new LinkUnavailable(LinkUnavailable.Reason.UNKNOWN));
        if (row.answeredAt() != null) {
            throw new LinkUnavailable(LinkUnavailable.Reason.ANSWERED);
        }
        if (!row.expiresAt().toInstant().isAfter(clock.instant())) {
            throw new LinkUnavailable(LinkUnavailable.Reason.EXPIRED);
        }
        return row;
    }

    private String respondentName(CaseMeasuring measuring, NewLink link, FieldErrors errors) {
        if (link.perspective() == Perspective.CHILD) {
            return measuring.childFirstName();
        }
        if (link.personId() != null) {
            Optional<RelatedPerson> person = people.relationsOf(measuring.childId()).stream()
                    .filter(p -> p.personId() == link.personId()).findFirst();
            if (person.isPresent()) {
                return person.get().fullName();
            }
            errors.reject("personId", "Personen er ikke registreret hos barnet.");
            return null;
        }
        errors.requiredLine("respondentName", link.respondentName(),
                "Vælg en registreret person, eller skriv navnet på den, der skal svare.");
        return link.respondentName() == null ? null : link.respondentName().strip();
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String firstName(String name) {
        return name.strip().split("\\s+")[0];
    }

    private Optional<OneTimeLink> find(long id) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(this::map).optional();
    }

    private OneTimeLink map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        LinkStatus status = answered != null ? LinkStatus.ANSWERED
                : expires.isAfter(clock.instant()) ? LinkStatus.WAITING : LinkStatus.EXPIRED;
        return new OneTimeLink(rs.getLong("id"), rs.getLong("case_id"), rs.getString("instrument_code"),
                rs.getString("instrument_name"), rs.getString("goal_title"),
                Perspective.valueOf(rs.getString("perspective")), rs.getString("respondent_name"),
                rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(), expires,
                answered == null ? null : answered.toInstant(), rs.getObject("measurement_id", Long.class), status);
    }

    private record Row(long id, long caseId, long childId, String instrumentCode, Long goalId, Perspective perspective,
            String respondentName, Long personId, Timestamp expiresAt, Timestamp answeredAt) {
    }

    private static final String SELECT = """
            select l.id, l.case_id, l.instrument_code, i.name as instrument_name, g.title as goal_title, l.perspective,
                   l.respondent_name, u.full_name as created_by_name, l.created_at, l.expires_at, l.answered_at,
                   l.measurement_id
              from one_time_link l
              join instrument i on i.code = l.instrument_code
                   and i.version = (select max(version) from instrument where code = l.instrument_code)
              left join goal g on g.id = l.goal_id
              join app_user u on u.id = l.created_by""";
}
