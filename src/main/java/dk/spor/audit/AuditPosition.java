package dk.spor.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A place in the audit log, newest first, for keyset pagination: (time, id) of a line. Paging by position stays fast
 * at any depth of a log of millions of lines, where an offset would have to count past them all.
 */
public record AuditPosition(Instant occurredAt, long id) {

    static AuditPosition of(AuditEvent event) {
        return new AuditPosition(event.occurredAt(), event.id());
    }

    /** "micros-id", for a URL parameter. */
    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "-" + id;
    }

    /** Empty for anything that is not a token, so a tampered URL just starts from the newest line. */
    public static Optional<AuditPosition> parse(String token) {
        if (token == null || !token.matches("\\d{1,19}-\\d{1,19}")) {
            return Optional.empty();
        }
        String[] parts = token.split("-");
        try {
            return Optional.of(new AuditPosition(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    Long.parseLong(parts[1])));
        } catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
