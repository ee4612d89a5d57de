package dk.spor.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditQuery;
import org.junit.jupiter.api.Test;

class AuditLogFilterTests {

    @Test
    void turnsTheTypedFiltersIntoAQuery() {
        var parsed = new AuditLogFilter(" mette.holm ", "DENIED", "010215-4123", "2026-01-01", "2026-01-31")
                .parse(cpr -> Optional.of(42L));

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.query()).isEqualTo(new AuditQuery("mette.holm", AuditAction.DENIED, 42L,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
    }

    @Test
    void emptyFiltersMeanEverything() {
        var parsed = new AuditLogFilter("", "", " ", null, "").parse(cpr -> Optional.empty());

        assertThat(parsed.query()).isEqualTo(AuditQuery.everything());
        assertThat(new AuditLogFilter("", "", " ", null, "").isEmpty()).isTrue();
    }

    @Test
    void namesEachWrongFieldInDanish() {
        var parsed = new AuditLogFilter("", "SHRED", "31021512345", "1. januar", "2025-12-31")
                .parse(cpr -> Optional.empty());

        assertThat(parsed.errors()).containsOnlyKeys("handling", "cpr", "fra")
                .containsEntry("fra", "Fra-datoen skal være en dato, fx 2026-01-31.");
    }

    @Test
    void anUnknownChildAndDatesInTheWrongOrderAreExplained() {
        var parsed = new AuditLogFilter("", "", "0102154123", "2026-02-01", "2026-01-01")
                .parse(cpr -> Optional.empty());

        assertThat(parsed.errors())
                .containsEntry("cpr", "Der findes intet barn med dette CPR-nummer i Spor.")
                .containsEntry("til", "Til-datoen skal være samme dag som eller efter fra-datoen.");
    }
}
