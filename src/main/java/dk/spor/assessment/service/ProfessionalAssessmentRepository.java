package dk.spor.assessment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.spor.assessment.domain.NewProfessionalAssessment;
import dk.spor.assessment.domain.ProfessionalAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalAssessmentRepository {

    private static final String SELECT = """
            select a.id, a.case_id, a.investigation_id, a.context, a.decisive_factors, a.causes,
                   a.challenges_and_resources, a.conclusion, a.needs_support, a.support_description,
                   a.network_contribution, a.childs_view, a.childs_view_missing_reason, a.parents_view,
                   a.diverges_from_views, a.divergence_justification, a.outcome, a.closing_reason,
                   u.full_name as recorded_by_name, a.recorded_at
              from professional_assessment a left join app_user u on u.id = a.recorded_by""";

    private final JdbcClient jdbc;

    ProfessionalAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, Long investigationId, NewProfessionalAssessment assessment, long actorId, Instant at) {
        return jdbc.sql("""
                insert into professional_assessment (case_id, investigation_id, context, decisive_factors, causes,
                        challenges_and_resources, conclusion, needs_support, support_description, network_contribution,
                        childs_view, childs_view_missing_reason, parents_view, diverges_from_views,
                        divergence_justification, outcome, closing_reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(investigationId).param(assessment.context().name())
                .param(assessment.decisiveFactors()).param(assessment.causes())
                .param(assessment.challengesAndResources()).param(assessment.conclusion())
                .param(assessment.needsSupport()).param(assessment.supportDescription())
                .param(assessment.networkContribution()).param(assessment.childsView())
                .param(assessment.childsViewMissingReason()).param(assessment.parentsView())
                .param(assessment.divergesFromViews()).param(assessment.divergenceJustification())
                .param(assessment.outcome().name()).param(assessment.closingReason()).param(actorId)
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    Optional<ProfessionalAssessment> find(long caseId, long id) {
        return jdbc.sql(SELECT + " where a.case_id = ? and a.id = ?").param(caseId).param(id)
                .query(ProfessionalAssessment.class).optional();
    }

    /** The case's assessments, the newest first. */
    List<ProfessionalAssessment> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where a.case_id = ? order by a.recorded_at desc, a.id desc").param(caseId)
                .query(ProfessionalAssessment.class).list();
    }

    boolean existsFor(long investigationId) {
        return jdbc.sql("select exists (select 1 from professional_assessment where investigation_id = ?)")
                .param(investigationId).query(Boolean.class).single();
    }
}
