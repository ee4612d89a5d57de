package dk.spor.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the demo municipality with COPY, inside the caller's transaction. Ids come from each table's own identity
 * sequence before the rows are sent, so rows can point at each other and the sequences stay right.
 */
final class DemoWriter {

    private final JdbcClient jdbc;
    private final CopyManager copy;
    private final CopyRows persons = new CopyRows("person",
            "id, cpr, first_name, last_name, phone, address, postcode, city");
    private final CopyRows children = new CopyRows("child",
            "id, cpr, first_name, last_name, birth_date, gender, address, postcode, city, school, created_at");
    private final CopyRows relations = new CopyRows("child_relation",
            "child_id, person_id, relation, custody, lives_with, note");
    private final CopyRows cases = new CopyRows("case_file",
            "id, child_id, team_id, caseworker_id, phase, awareness_date, opened_at, closed_at, closing_reason");
    private final CopyRows chronology = new CopyRows("chronology_entry",
            "case_id, occurred_at, kind, title, detail, actor_id, recorded_at");
    private final CopyRows deadlines = new CopyRows("deadline",
            "rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id, triggered_at, due_at, met_at");

    DemoWriter(JdbcClient jdbc, Connection connection) throws SQLException {
        this.jdbc = jdbc;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    DemoStaff organisation(DemoOrganisation plan, String passwordHash, Instant now) throws SQLException, IOException {
        long[] teamIds = reserve("team", plan.teams().size());
        long[] providerIds = reserve("provider", plan.providers().size());
        long[] userIds = reserve("app_user", plan.users().size());
        CopyRows teams = new CopyRows("team", "id, name, description");
        CopyRows providers = new CopyRows("provider", "id, name, kind, contact");
        CopyRows users = new CopyRows("app_user",
                "id, username, password_hash, full_name, email, role, provider_id, created_at");
        CopyRows memberships = new CopyRows("team_membership", "user_id, team_id");
        for (int t = 0; t < teamIds.length; t++) {
            DemoOrganisation.TeamPlan team = plan.teams().get(t);
            teams.add(teamIds[t], team.name(), team.description());
        }
        for (int p = 0; p < providerIds.length; p++) {
            DemoOrganisation.ProviderPlan provider = plan.providers().get(p);
            providers.add(providerIds[p], provider.name(), provider.kind().kind, provider.contact());
        }
        for (int u = 0; u < userIds.length; u++) {
            DemoOrganisation.UserPlan user = plan.users().get(u);
            users.add(userIds[u], user.username(), passwordHash, user.fullName(), user.email(), user.role(),
                    user.provider() == null ? null : providerIds[user.provider()], now);
            for (int team : user.teams()) {
                memberships.add(userIds[u], teamIds[team]);
            }
        }
        for (CopyRows rows : List.of(teams, providers, users, memberships)) {
            rows.send(copy);
        }
        return DemoStaff.of(plan, teamIds, userIds, providerIds);
    }

    void families(List<DemoFamily> batch) throws SQLException, IOException {
        long[] personIds = reserve("person", batch.stream().mapToInt(family -> family.adults().size()).sum());
        long[] childIds = reserve("child", batch.stream().mapToInt(family -> family.children().size()).sum());
        long[] caseIds = reserve("case_file", batch.stream().mapToInt(family -> family.cases().size()).sum());
        int person = 0;
        int child = 0;
        int caseIndex = 0;
        for (DemoFamily family : batch) {
            for (DemoFamily.Adult adult : family.adults()) {
                persons.add(personIds[person++], adult.cpr(), adult.firstName(), adult.lastName(), adult.phone(),
                        adult.address().street(), adult.address().postcode(), adult.address().city());
            }
            for (DemoFamily.Kid kid : family.children()) {
                children.add(childIds[child++], kid.cpr(), kid.firstName(), kid.lastName(), kid.birthDate(),
                        kid.gender(), kid.address().street(), kid.address().postcode(), kid.address().city(),
                        kid.institution(), kid.knownSince());
            }
            int firstPerson = person - family.adults().size();
            int firstChild = child - family.children().size();
            for (DemoFamily.Tie tie : family.ties()) {
                relations.add(childIds[firstChild + tie.child()], personIds[firstPerson + tie.adult()], tie.relation(),
                        tie.custody(), tie.livesWith(), tie.note());
            }
            for (DemoCase demoCase : family.cases()) {
                writeCase(caseIds[caseIndex++], childIds[firstChild + demoCase.child()], demoCase);
            }
        }
        for (CopyRows rows : List.of(persons, children, relations, cases, chronology, deadlines)) {
            rows.send(copy);
        }
    }

    private void writeCase(long caseId, long childId, DemoCase demoCase) {
        cases.add(caseId, childId, demoCase.teamId(), demoCase.caseworkerId(), demoCase.phase(),
                demoCase.awarenessDate(), demoCase.openedAt(), demoCase.closedAt(), demoCase.closingReason());
        for (DemoCase.Entry entry : demoCase.chronology()) {
            chronology.add(caseId, entry.occurredAt(), entry.kind(), entry.title(), entry.detail(), entry.actorId(),
                    entry.occurredAt());
        }
        for (DemoCase.Due due : demoCase.deadlines()) {
            deadlines.add(due.ruleId(), due.title(), "CASE", caseId, caseId, childId, due.assigneeId(),
                    due.triggeredAt(), due.dueAt(), due.metAt());
        }
    }

    DemoCounts counts() {
        return new DemoCounts(children.sent(), persons.sent(), cases.sent(), chronology.sent(), deadlines.sent());
    }

    private long[] reserve(String table, int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .param(table).param(count).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
