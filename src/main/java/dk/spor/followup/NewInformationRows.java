package dk.spor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.spor.assessment.InvestigationKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox's rows: new information and the interventions an assessment adjusts. */
@Repository
class NewInformationRows {

    private static final String SELECT = """
            select n.id, n.source, n.source_id, n.case_id, n.child_id, n.received_at, n.title, n.summary, n.outcome,
                   n.assessment, n.adjustment, n.meeting_starts_at, n.investigation_kind, n.investigation_started_at,
                   u.full_name as assessed_by_name, n.assessed_at, n.version,
                   array(select t.name from new_information_intervention ni
                           join intervention i on i.id = ni.intervention_id
                           join intervention_type t on t.code = i.type_code
                          where ni.new_information_id = n.id order by i.granted_on, i.id) as intervention_names
              from new_information n
              left join app_user u on u.id = n.assessed_by
            """;

    private final JdbcClient jdbc;

    NewInformationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the item unless its source already registered it; the new id, or empty when it existed. */
    Optional<Long> insert(NewInformationSource source, long sourceId, long caseId, long childId, Instant receivedAt,
            String title, String summary, Instant now) {
        return jdbc.sql("""
                insert into new_information (source, source_id, case_id, child_id, received_at, title, summary,
                                             registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source, source_id) do nothing
                returning id""")
                .param(source.name()).param(sourceId).param(caseId).param(childId).param(Timestamp.from(receivedAt))
                .param(title).param(summary).param(Timestamp.from(now)).query(Long.class).optional();
    }

    Optional<NewInformation> bySource(NewInformationSource source, long sourceId) {
        return jdbc.sql(SELECT + " where n.source = ? and n.source_id = ?").param(source.name()).param(sourceId)
                .query(NewInformationRows::map).optional();
    }

    Optional<NewInformation> find(long caseId, long id) {
        return jdbc.sql(SELECT + " where n.id = ? and n.case_id = ?").param(id).param(caseId)
                .query(NewInformationRows::map).optional();
    }

    /** The case's items: unassessed first, oldest first among them; then the assessed, newest first. */
    List<NewInformation> ofCase(long caseId) {
        return jdbc.sql(SELECT + """
                 where n.case_id = ?
                 order by n.assessed_at is not null,
                          case when n.assessed_at is null then n.received_at end,
                          n.assessed_at desc, n.id desc""")
                .param(caseId).query(NewInformationRows::map).list();
    }

    List<NewInformation> unassessedOfCase(long caseId) {
        return jdbc.sql(SELECT + " where n.case_id = ? and n.assessed_at is null order by n.received_at, n.id")
                .param(caseId).query(NewInformationRows::map).list();
    }

    /**
     * Records the assessment if the item is still unassessed at the version the user saw.
     *
     * @throws OptimisticLockingFailureException when someone else assessed or changed it first
     */
    void assess(long id, int expectedVersion, NewAssessment assessment, long actorId, Instant now) {
        int updated = jdbc.sql("""
                update new_information
                   set outcome = ?, assessment = ?, adjustment = ?, meeting_starts_at = ?, investigation_kind = ?,
                       assessed_by = ?, assessed_at = ?, version = version + 1
                 where id = ? and version = ? and assessed_at is null""")
                .param(assessment.outcome().name()).param(blankToNull(assessment.assessment()))
                .param(assessment.outcome() == AssessmentOutcome.ADJUST_INTERVENTION
                        ? blankToNull(assessment.adjustment()) : null)
                .param(assessment.outcome() == AssessmentOutcome.FOLLOW_UP_MEETING
                        ? Timestamp.from(assessment.meetingStartsAt()) : null)
                .param(assessment.outcome() == AssessmentOutcome.NEW_INVESTIGATION
                        ? assessment.investigationKind().name() : null)
                .param(actorId).param(Timestamp.from(now)).param(id).param(expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("New information " + id + " was assessed by someone else");
        }
        if (assessment.outcome() == AssessmentOutcome.ADJUST_INTERVENTION) {
            assessment.interventionIds().forEach(interventionId -> jdbc.sql("""
                    insert into new_information_intervention (new_information_id, intervention_id) values (?, ?)""")
                    .param(id).param(interventionId).update());
        }
    }

    /** Closes the open loops of the case's decided investigations of the kind once one has started. */
    int markInvestigationStarted(long caseId, InvestigationKind kind, Instant startedAt) {
        return jdbc.sql("""
                update new_information set investigation_started_at = ?, version = version + 1
                 where case_id = ? and investigation_kind = ? and investigation_started_at is null
                   and assessed_at <= ?""")
                .param(Timestamp.from(startedAt)).param(caseId).param(kind.name()).param(Timestamp.from(startedAt))
                .update();
    }

    private static NewInformation map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String kind = rs.getString("investigation_kind");
        return new NewInformation(rs.getLong("id"), NewInformationSource.valueOf(rs.getString("source")),
                rs.getLong("source_id"), rs.getLong("case_id"), rs.getLong("child_id"),
                instant(rs, "received_at"), rs.getString("title"), rs.getString("summary"),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome), rs.getString("assessment"),
                rs.getString("adjustment"), Arrays.asList((String[]) rs.getArray("intervention_names").getArray()),
                instant(rs, "meeting_starts_at"), kind == null ? null : InvestigationKind.valueOf(kind),
                instant(rs, "investigation_started_at"), rs.getString("assessed_by_name"),
                instant(rs, "assessed_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
