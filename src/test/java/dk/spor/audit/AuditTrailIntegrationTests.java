package dk.spor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import dk.spor.organisation.Role;
import dk.spor.platform.ClockConfiguration;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The audit log: append-only in the database, and the administrator's filtered, paged view of it. */
@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired MockMvcTester mvc;
    @Autowired TestData data;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        long child = data.child("Ida", "Logsen");
        String user = data.user(Role.CASEWORKER, null);
        insert(user, "READ", child, Instant.now());

        assertThatThrownBy(() -> jdbc.sql("update audit_event set purpose = 'skjult' where child_id = ?").param(child).update())
                .hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where child_id = ?").param(child).update())
                .hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .hasMessageContaining("audit_event is append-only");
        assertThat(data.auditCount(child, user, "READ")).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void pagesThroughTheLogNewestFirstByPositionAndBackAgain() {
        String user = data.user(Role.CASEWORKER, null);
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        // Seven events, two of them at the same instant: the id must break the tie.
        IntStream.range(0, 6).forEach(i -> insert(user, "READ", null, start.plusSeconds(i)));
        insert(user, "READ", null, start.plusSeconds(5));
        AuditQuery byUser = new AuditQuery(user, null, null, null, null);

        AuditPage first = trail.newest(byUser, 3);
        AuditPage second = trail.olderThan(byUser, first.older(), 3);
        AuditPage third = trail.olderThan(byUser, second.older(), 3);

        List<Long> all = ids(first, second, third);
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(times(first, second, third)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(first.newer()).isNull();
        assertThat(third.older()).isNull();
        assertThat(trail.newerThan(byUser, third.newer(), 3).events()).isEqualTo(second.events());
        assertThat(trail.newerThan(byUser, second.newer(), 3).events()).isEqualTo(first.events());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void filtersByUserActionChildAndDanishCalendarDays() {
        String user = data.user(Role.CASEWORKER, null);
        long child = data.child("Noah", "Filtersen");
        // 23:30 UTC on 31 March is 1 April in Denmark (summer time).
        Instant lateEvening = Instant.parse("2026-03-31T23:30:00Z");
        insert(user, "READ", child, lateEvening);
        insert(user, "DENIED", child, lateEvening.plus(1, ChronoUnit.DAYS));
        insert(user, "READ", null, lateEvening.plus(2, ChronoUnit.DAYS));

        assertThat(trail.newest(new AuditQuery(user.toUpperCase(), null, null, null, null), 10).events()).hasSize(3);
        assertThat(trail.newest(new AuditQuery(user, AuditAction.DENIED, null, null, null), 10).events())
                .singleElement().extracting(AuditEvent::action).isEqualTo(AuditAction.DENIED);
        assertThat(trail.newest(new AuditQuery(user, null, child, null, null), 10).events()).hasSize(2);
        LocalDate firstOfApril = LocalDate.of(2026, 4, 1);
        assertThat(trail.newest(new AuditQuery(user, null, null, firstOfApril, firstOfApril), 10).events())
                .singleElement().extracting(e -> e.occurredAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate())
                .isEqualTo(firstOfApril);
    }

    @Test
    void theLogPageFiltersByCprAndKeepsWhatWasTypedWhenItIsWrong() {
        String admin = data.user(Role.ADMIN, null);
        String caseworker = data.user(Role.CASEWORKER, null);
        long child = data.child("Liva", "Sidesen");
        insert(caseworker, "DENIED", child, Instant.now());
        String cpr = jdbc.sql("select cpr from child where id = ?").param(child).query(String.class).single();

        assertThat(mvc.get().uri("/admin/logning").with(data.as(admin)).param("cpr", cpr).param("handling", "DENIED"))
                .hasStatusOk().bodyText().contains(caseworker).contains("Afvist");
        assertThat(mvc.get().uri("/admin/logning").with(data.as(admin)).param("cpr", "12345").param("fra", "i går"))
                .hasStatusOk().bodyText()
                .contains("Skriv et gyldigt CPR-nummer med 10 cifre")
                .contains("Fra-datoen skal være en dato")
                .contains("value=\"12345\"").contains("value=\"i går\"");
        assertThat(data.auditCount(child, admin, "READ")).isEqualTo(1);
    }

    private void insert(String username, String action, Long childId, Instant at) {
        jdbc.sql("""
                insert into audit_event (occurred_at, username, user_role, action, entity_type, entity_id, child_id, purpose)
                values (?, ?, 'CASEWORKER', ?, 'child', ?, ?, 'Test')""")
                .param(Timestamp.from(at)).param(username).param(action)
                .param(childId == null ? null : childId.toString()).param(childId).update();
    }

    private static List<Long> ids(AuditPage... pages) {
        return Arrays.stream(pages).flatMap(p -> p.events().stream()).map(AuditEvent::id).toList();
    }

    private static List<Instant> times(AuditPage... pages) {
        return Arrays.stream(pages).flatMap(p -> p.events().stream()).map(AuditEvent::occurredAt).toList();
    }
}
