package dk.spor.measurement.progression;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The materialised alerts: brings a case's open alerts in line with what the rules find now. An alert is inserted
 * only if no open alert has its kind, instrument and subject (a unique index, so two nodes cannot both raise it),
 * and resolved once the rules no longer find it.
 */
@Component
class AlertStore {

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What changed: the alerts raised (with their new ids) and those resolved. */
    record Changes(List<Raised> raised, List<OpenAlert> resolved) {
    }

    record Raised(long id, AlertFinding finding) {
    }

    record OpenAlert(long id, AlertKind kind, String instrumentCode, String subjectKey, String title) {

        String identity() {
            return kind + "|" + instrumentCode + "|" + subjectKey;
        }
    }

    Changes sync(long caseId, long childId, List<AlertFinding> findings, Instant now) {
        Map<String, OpenAlert> open = jdbc.sql("""
                select id, kind, instrument_code, subject_key, title from progression_alert
                 where case_id = ? and resolved_at is null""").param(caseId).query(OpenAlert.class).list().stream()
                .collect(Collectors.toMap(OpenAlert::identity, Function.identity()));
        Set<String> found = findings.stream().map(AlertFinding::identity).collect(Collectors.toSet());
        List<OpenAlert> resolved = open.values().stream().filter(alert -> !found.contains(alert.identity())).toList();
        for (OpenAlert alert : resolved) {
            jdbc.sql("update progression_alert set resolved_at = ?, resolution = ? where id = ? and resolved_at is null")
                    .param(Timestamp.from(now)).param(alert.kind().resolution()).param(alert.id()).update();
        }
        List<Raised> raised = new ArrayList<>();
        for (AlertFinding finding : findings) {
            if (open.containsKey(finding.identity())) {
                continue;
            }
            jdbc.sql("""
                    insert into progression_alert (case_id, child_id, kind, instrument_code, subject_key, title, detail,
                                                   raised_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (case_id, kind, instrument_code, subject_key) where resolved_at is null do nothing
                    returning id""")
                    .param(caseId).param(childId).param(finding.kind().name()).param(finding.instrumentCode())
                    .param(finding.subjectKey()).param(finding.title()).param(finding.detail()).param(Timestamp.from(now))
                    .query(Long.class).optional().ifPresent(id -> raised.add(new Raised(id, finding)));
        }
        return new Changes(raised, resolved);
    }

    /** Resolves the open alerts of cases that have been closed, in one statement; returns how many. */
    int resolveClosedCases(Instant now) {
        return jdbc.sql("""
                update progression_alert a set resolved_at = :now, resolution = 'Sagen er lukket.'
                  from case_file c
                 where c.id = a.case_id and a.resolved_at is null and c.closed_at is not null""")
                .param("now", Timestamp.from(now)).update();
    }
}
