package dk.spor.intervention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up cadence of a case (barnets lov § 95, stk. 3): decided and justified by the caseworker, with the
 * child's wish; each decision is kept, the latest applies. {@link #current} is for modules that have checked
 * access (meetings set the next follow-up date from it).
 */
@Service
public class FollowUpCadences {

    private static final String SELECT = """
            select c.id, c.case_id, c.interval_amount, c.interval_unit, c.justification, c.child_wish, c.decided_on,
                   u.full_name as decided_by_name, c.recorded_at
              from follow_up_cadence c join app_user u on u.id = c.decided_by""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpCadences(JdbcClient jdbc, CaseFiles caseFiles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cadence in force for the case: the latest decided. */
    public Optional<FollowUpCadence> current(long caseId) {
        return jdbc.sql(SELECT + " where c.case_id = ? order by c.recorded_at desc, c.id desc limit 1").param(caseId)
                .query(FollowUpCadence.class).optional();
    }

    /** Every cadence decided for the case, newest first. The caller has checked access. */
    public List<FollowUpCadence> history(long caseId) {
        return jdbc.sql(SELECT + " where c.case_id = ? order by c.recorded_at desc, c.id desc").param(caseId)
                .query(FollowUpCadence.class).list();
    }

    @Transactional
    public FollowUpCadence decide(CurrentUser user, long caseId, NewCadence cadence) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        cadence.validate(LocalDate.now(clock)).throwIfAny();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into follow_up_cadence (case_id, child_id, interval_amount, interval_unit, justification,
                       child_wish, decided_on, decided_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(cadence.intervalAmount())
                .param(cadence.intervalUnit().name()).param(cadence.justification().strip())
                .param(cadence.childWish() == null || cadence.childWish().isBlank() ? null : cadence.childWish().strip())
                .param(cadence.decidedOn()).param(user.id()).param(Timestamp.from(now)).query(Long.class).single();
        FollowUpCadence decided = current(caseId).orElseThrow();
        caseFiles.record(caseId, now, "intervention.cadence", "Opfølgningskadence: " + decided.label().toLowerCase(),
                cadence.justification().strip() + (decided.childWish() == null ? ""
                        : "\nBarnets ønske: " + decided.childWish()), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "follow_up_cadence", id, "Opfølgningskadence besluttet");
        return decided;
    }
}
