package dk.spor.assessment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.assessment.IcsDimension;
import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.domain.ConclusionDraft;
import dk.spor.assessment.domain.EditConflict;
import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.InvestigationPlan;
import dk.spor.assessment.domain.InvestigationSection;
import dk.spor.assessment.domain.PlanDraft;
import dk.spor.assessment.domain.PreliminaryAssessment;
import dk.spor.assessment.domain.SectionDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigations with their plan and ICS sections; every update checks the version the user saw. */
@Repository
class InvestigationRepository {

    private static final String SELECT = """
            select id, case_id, kind, awareness_date, start_reason, started_at, escalation_reason, escalated_at,
                   childs_view, childs_view_missing_reason, parents_view, conclusion, deadline_will_be_missed,
                   preliminary_assessment, preliminary_assessment_at, completed_at, version
              from investigation""";
    private static final String CONFLICT_SUBJECT = "Undersøgelsen";

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, InvestigationKind kind, LocalDate awarenessDate, String reason, long actorId,
            Instant at) {
        return jdbc.sql("""
                insert into investigation (case_id, kind, awareness_date, start_reason, started_by, started_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(kind.name()).param(awarenessDate).param(reason).param(actorId)
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    Optional<Investigation> find(long caseId, long id) {
        return jdbc.sql(SELECT + " where case_id = ? and id = ?").param(caseId).param(id)
                .query(Investigation.class).optional();
    }

    /** The case's investigations, the most recently started first. */
    List<Investigation> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where case_id = ? order by started_at desc, id desc").param(caseId)
                .query(Investigation.class).list();
    }

    boolean hasOpen(long caseId) {
        return jdbc.sql("select exists (select 1 from investigation where case_id = ? and completed_at is null)")
                .param(caseId).query(Boolean.class).single();
    }

    void saveConclusion(long id, int expectedVersion, ConclusionDraft draft, boolean completing, long actorId,
            Instant at) {
        update(id, expectedVersion, jdbc.sql("""
                update investigation set childs_view = ?, childs_view_missing_reason = ?, parents_view = ?,
                       conclusion = ?, completed_at = ?, completed_by = ?, version = version + 1
                 where id = ? and version = ?""")
                .param(draft.childsView()).param(draft.childsViewMissingReason()).param(draft.parentsView())
                .param(draft.conclusion()).param(completing ? Timestamp.from(at) : null)
                .param(completing ? actorId : null));
    }

    void savePreliminaryAssessment(long id, int expectedVersion, PreliminaryAssessment assessment, Instant at) {
        update(id, expectedVersion, jdbc.sql("""
                update investigation set preliminary_assessment = ?, deadline_will_be_missed = ?,
                       preliminary_assessment_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .param(assessment.text()).param(assessment.deadlineWillBeMissed()).param(Timestamp.from(at)));
    }

    void escalate(long id, int expectedVersion, String reason, Instant at) {
        update(id, expectedVersion, jdbc.sql("""
                update investigation set kind = 'CHILD_INVESTIGATION', escalation_reason = ?, escalated_at = ?,
                       version = version + 1
                 where id = ? and version = ?""")
                .param(reason).param(Timestamp.from(at)));
    }

    /** Runs an update whose last two parameters are the id and the version the user saw. */
    private static void update(long id, int expectedVersion, JdbcClient.StatementSpec statement) {
        if (statement.param(id).param(expectedVersion).update() == 0) {
            throw EditConflict.savedBySomeoneElse(CONFLICT_SUBJECT);
        }
    }

    InvestigationPlan plan(long investigationId) {
        return jdbc.sql("""
                select investigation_id, purpose, questions, sources, expected_completion, shared_with_family, version
                  from investigation_plan where investigation_id = ?""")
                .param(investigationId).query(InvestigationPlan.class).optional()
                .orElseGet(() -> InvestigationPlan.empty(investigationId));
    }

    /** Inserts the first version, or updates the version the user saw; a missing row counts as version 0. */
    void savePlan(long investigationId, PlanDraft plan, int expectedVersion, long actorId, Instant at) {
        Optional<Integer> saved = jdbc.sql("""
                insert into investigation_plan as p (investigation_id, purpose, questions, sources, expected_completion,
                                                     shared_with_family, updated_by, updated_at, version)
                values (:id, :purpose, :questions, :sources, :expected, :shared, :actor, :at, 1)
                on conflict (investigation_id) do update
                   set purpose = excluded.purpose, questions = excluded.questions, sources = excluded.sources,
                       expected_completion = excluded.expected_completion,
                       shared_with_family = excluded.shared_with_family, updated_by = excluded.updated_by,
                       updated_at = excluded.updated_at, version = p.version + 1
                 where p.version = :version
                returning version""")
                .param("id", investigationId).param("purpose", plan.purpose()).param("questions", plan.questions())
                .param("sources", plan.sources()).param("expected", plan.expectedCompletion())
                .param("shared", plan.sharedWithFamily()).param("actor", actorId).param("at", Timestamp.from(at))
                .param("version", expectedVersion).query(Integer.class).optional();
        if (saved.isEmpty()) {
            throw EditConflict.savedBySomeoneElse("Planen");
        }
    }

    /** All ten sections in the triangle's order; a dimension not yet written on gives an empty section. */
    List<InvestigationSection> sections(long investigationId) {
        return jdbc.sql("""
                select d.id, d.code, d.side, d.name, d.position, s.resources, s.concerns, s.sources,
                       coalesce(s.version, 0) as version
                  from ics_dimension d
                  left join investigation_section s on s.dimension_id = d.id and s.investigation_id = ?
                 order by d.position""")
                .param(investigationId)
                .query((rs, row) -> new InvestigationSection(new IcsDimension(rs.getInt("id"), rs.getString("code"),
                        rs.getString("side"), rs.getString("name"), rs.getInt("position")), rs.getString("resources"),
                        rs.getString("concerns"), rs.getString("sources"), rs.getInt("version")))
                .list();
    }

    Optional<InvestigationSection> section(long investigationId, String dimensionCode) {
        return sections(investigationId).stream().filter(s -> s.dimension().code().equals(dimensionCode)).findFirst();
    }

    void saveSection(long investigationId, IcsDimension dimension, SectionDraft section, int expectedVersion,
            long actorId, Instant at) {
        Optional<Integer> saved = jdbc.sql("""
                insert into investigation_section as s (investigation_id, dimension_id, resources, concerns, sources,
                                                        updated_by, updated_at, version)
                values (:id, :dimension, :resources, :concerns, :sources, :actor, :at, 1)
                on conflict (investigation_id, dimension_id) do update
                   set resources = excluded.resources, concerns = excluded.concerns, sources = excluded.sources,
                       updated_by = excluded.updated_by, updated_at = excluded.updated_at, version = s.version + 1
                 where s.version = :version
                returning version""")
                .param("id", investigationId).param("dimension", dimension.id())
                .param("resources", section.resources()).param("concerns", section.concerns())
                .param("sources", section.sources()).param("actor", actorId).param("at", Timestamp.from(at))
                .param("version", expectedVersion).query(Integer.class).optional();
        if (saved.isEmpty()) {
            throw EditConflict.savedBySomeoneElse("Afsnittet");
        }
    }
}
