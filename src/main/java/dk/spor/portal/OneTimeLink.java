package dk.spor.portal;

import java.time.Instant;

import dk.spor.shared.Perspective;

/** A one-time link as the caseworker sees it in the case's list; the token itself is never stored or shown again. */
public record OneTimeLink(long id, long caseId, String instrumentCode, String instrumentName, String goalTitle,
        Perspective perspective, String respondentName, String createdByName, Instant createdAt, Instant expiresAt,
        Instant answeredAt, Long measurementId, LinkStatus status) {
}
