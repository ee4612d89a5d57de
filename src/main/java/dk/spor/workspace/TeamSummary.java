package dk.spor.workspace;

/** Key figures of one team for the leader's and head's start pages. */
public record TeamSummary(long teamId, String teamName, long openCases, long unassignedCases, long overdueTasks,
        long tasksDueWithinWeek, long caseworkers) {

    /** Open cases per caseworker (sagstal), one decimal. */
    public double caseload() {
        return caseworkers == 0 ? 0 : Math.round(openCases * 10.0 / caseworkers) / 10.0;
    }
}
