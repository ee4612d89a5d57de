package dk.spor.measurement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exempting a case from FIT (seed 001, Brønderslev: "cases where, based on a professional assessment, the child and
 * family should not answer the forms"): a professional reason is required, and the exemption can run until a date.
 * While it is in force no FIT instrument is recorded on the case.
 */
@Service
public class FitExemptions {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final Clock clock;

    FitExemptions(JdbcClient jdbc, CaseFiles caseFiles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The exemption in force on the case on a day; the caller has checked access to the case. */
    public Optional<FitExemption> activeOn(long caseId, LocalDate day) {
        return jdbc.sql("""
                select f.id, f.case_id, f.reason, u.full_name as decided_by_name, f.decided_at, f.valid_until, f.ended_at
                  from fit_exemption f join app_user u on u.id = f.decided_by
                 where f.case_id = ? and f.ended_at is null""")
                .param(caseId).query(FitExemption.class).optional().filter(e -> e.activeOn(day));
    }

    @Transactional
    public FitExemption exempt(CurrentUser user, long caseId, String reason, LocalDate validUntil) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors().requiredText("reason", reason,
                "Skriv den faglige begrundelse for, at FIT ikke bruges på sagen.");
        if (validUntil != null && !validUntil.isAfter(today)) {
            errors.reject("validUntil", "Datoen skal ligge efter i dag, eller lad feltet stå tomt.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        // An earlier exemption that ran out by its date is closed now, so the new one is the case's only open one.
        jdbc.sql("update fit_exemption set ended_at = ?, ended_by = ? where case_id = ? and ended_at is null")
                .params(Timestamp.from(now), user.id(), caseId).update();
        long id = jdbc.sql("""
                insert into fit_exemption (case_id, child_id, reason, decided_by, decided_at, valid_until)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, caseFile.childId(), reason.strip(), user.id(), Timestamp.from(now),
                        validUntil == null ? null : Date.valueOf(validUntil))
                .query(Long.class).single();
        caseFiles.record(caseId, now, "measurement.fit-exempted", "FIT fravalgt på sagen",
                reason.strip() + (validUntil == null ? "" : " Gælder til " + validUntil + "."), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "fit-exemption", id, "FIT fravalgt med faglig begrundelse");
        return activeOn(caseId, today).orElseThrow();
    }

    @Transactional
    public void end(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        Instant now = clock.instant();
        jdbc.sql("update fit_exemption set ended_at = ?, ended_by = ? where case_id = ? and ended_at is null")
                .params(Timestamp.from(now), user.id(), caseId).update();
        caseFiles.record(caseId, now, "measurement.fit-exemption-ended", "FIT bruges igen på sagen", null, user.id());
        audit.write(AuditAction.UPDATE, caseFile.childId(), "fit-exemption", caseId, "FIT-fritagelse ophævet");
    }
}
