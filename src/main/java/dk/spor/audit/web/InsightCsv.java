package dk.spor.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spor.audit.AuditEvent;
import dk.spor.audit.InsightReport;
import dk.spor.platform.ClockConfiguration;

/**
 * An insight report as CSV for a spreadsheet: semicolon-separated and starting with a byte order mark, as Danish
 * Excel expects. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class InsightCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.DANISH_TIME);
    private static final List<String> HEADER = List.of("Tidspunkt", "Brugernavn", "Navn", "Rolle", "Handling", "Hvad",
            "Formål");

    private InsightCsv() {
    }

    static String of(InsightReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(HEADER.stream()));
        for (AuditEvent e : report.accesses()) {
            csv.append(line(Stream.of(TIME.format(e.occurredAt()), e.username(), e.userFullName(), e.roleLabel(),
                    e.action().danishLabel(), e.subject(), e.purpose())));
        }
        return csv.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(InsightCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
