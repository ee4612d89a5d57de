package dk.spor.assessment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import dk.spor.assessment.domain.NewScreening;
import dk.spor.assessment.domain.Screening;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScreeningRepository {

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, NewScreening screening, long actorId, Instant at) {
        return jdbc.sql("""
                insert into screening (case_id, information_considered, weighted_information, conclusion, outcome,
                                       childs_view, parents_view, closing_reason, concluded_by, concluded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(screening.informationConsidered()).param(screening.weightedInformation())
                .param(screening.conclusion()).param(screening.outcome().name()).param(screening.childsView())
                .param(screening.parentsView()).param(screening.closingReason()).param(actorId)
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    Optional<Screening> ofCase(long caseId) {
        return jdbc.sql("""
                select s.id, s.case_id, s.information_considered, s.weighted_information, s.conclusion, s.outcome,
                       s.childs_view, s.parents_view, s.closing_reason, u.full_name as concluded_by_name, s.concluded_at
                  from screening s left join app_user u on u.id = s.concluded_by
                 where s.case_id = ?""")
                .param(caseId).query(Screening.class).optional();
    }
}
