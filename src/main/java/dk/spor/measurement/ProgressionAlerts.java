package dk.spor.measurement;

import java.util.List;

import dk.spor.measurement.progression.AlertEvaluation;
import org.springframework.stereotype.Service;

/**
 * Progression alerts for other modules: evaluate a case after something changed its course (a measurement was
 * recorded, a goal revised), or evaluate many cases quietly after a bulk load.
 */
@Service
public class ProgressionAlerts {

    private final AlertEvaluation evaluation;

    ProgressionAlerts(AlertEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** Raises and resolves the case's alerts now; each raised alert is published as {@link ProgressionAlertRaised}. */
    public void evaluate(long caseId) {
        evaluation.evaluate(caseId);
    }

    /** Raises and resolves the cases' alerts without events or chronology lines; returns how many were raised. */
    public int evaluateQuietly(List<Long> caseIds) {
        return evaluation.evaluateQuietly(caseIds);
    }
}
