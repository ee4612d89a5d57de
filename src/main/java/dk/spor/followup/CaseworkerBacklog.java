package dk.spor.followup;

/** How much unassessed information one caseworker of a team has, and how much of it is older than the threshold. */
public record CaseworkerBacklog(Long caseworkerId, String caseworkerName, long unassessed, long overThreshold) {
}
