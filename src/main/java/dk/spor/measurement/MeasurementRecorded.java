package dk.spor.measurement;

import java.time.Instant;

import dk.spor.shared.Perspective;

/**
 * A measurement was recorded on a case: by a caseworker or provider, in a measurement round, or through a one-time
 * link (channel LINK), which is new information for the caseworker. The progression view and its alerts react to it.
 */
public record MeasurementRecorded(long measurementId, long caseId, long childId, String instrumentCode,
        Perspective perspective, MeasurementChannel channel, Instant measuredAt) {
}
