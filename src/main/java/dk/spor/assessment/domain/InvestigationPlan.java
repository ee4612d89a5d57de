package dk.spor.assessment.domain;

import java.time.LocalDate;

/** The saved assessment plan; version 0 means none has been saved yet. */
public record InvestigationPlan(long investigationId, String purpose, String questions, String sources,
        LocalDate expectedCompletion, boolean sharedWithFamily, int version) {

    public static InvestigationPlan empty(long investigationId) {
        return new InvestigationPlan(investigationId, null, null, null, null, false, 0);
    }

    public boolean exists() {
        return version > 0;
    }
}
