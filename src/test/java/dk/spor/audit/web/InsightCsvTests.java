package dk.spor.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditEvent;
import dk.spor.audit.InsightReport;
import dk.spor.organisation.Role;
import org.junit.jupiter.api.Test;

class InsightCsvTests {

    @Test
    void writesOneQuotedSemicolonLinePerAccessInDanishTime() {
        AuditEvent read = new AuditEvent(1, Instant.parse("2026-07-01T08:15:00Z"), 7L, "mette.holm", "Mette \"M\" Holm",
                Role.CASEWORKER, AuditAction.READ, "case", "42", 3L, "Sagens stamdata", "GET /api/v1/cases/42", null);

        String csv = InsightCsv.of(new InsightReport(3, "Emma", "010215-4123", Instant.now(), List.of(read)));

        assertThat(csv.lines()).containsExactly(
                "\uFEFF\"Tidspunkt\";\"Brugernavn\";\"Navn\";\"Rolle\";\"Handling\";\"Hvad\";\"Formål\"",
                "\"2026-07-01 10:15:00\";\"mette.holm\";\"Mette \"\"M\"\" Holm\";\"Rådgiver\";\"Læst\";\"Sag 42\";\"Sagens stamdata\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(InsightCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(InsightCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(InsightCsv.cell(null)).isEmpty();
    }
}
