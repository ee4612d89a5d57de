package dk.spor.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import dk.spor.decision.Decisions;
import dk.spor.organisation.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates teams, users, children and cases for tests, each with a unique name so tests never collide. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final String passwordHash;

    TestData(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** Signs a MockMvc request in as the user, with the same principal a real login gives. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    public long team(String name) {
        return jdbc.sql("insert into team (name) values (?) returning id").param(name + " " + next())
                .query(Long.class).single();
    }

    public long provider(String name) {
        return jdbc.sql("insert into provider (name, kind) values (?, 'Familiebehandling') returning id")
                .param(name + " " + next()).query(Long.class).single();
    }

    /** A user with {@link #PASSWORD}; returns the login name. */
    public String user(Role role, Long teamId) {
        return user(role, teamId, null);
    }

    public String user(Role role, Long teamId, Long providerId) {
        String username = role.name().toLowerCase() + next();
        long id = jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, provider_id)
                values (?, ?, ?, ?, ?) returning id""")
                .param(username).param(passwordHash).param("Test " + username).param(role.name()).param(providerId)
                .query(Long.class).single();
        if (teamId != null) {
            jdbc.sql("insert into team_membership (user_id, team_id) values (?, ?)").param(id).param(teamId).update();
        }
        return username;
    }

    public void addToTeam(String username, long teamId) {
        jdbc.sql("insert into team_membership (user_id, team_id) values (?, ?)").param(userId(username)).param(teamId)
                .update();
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** A last name no other test uses (letters only), so a name search finds exactly one test's children. */
    public String uniqueLastName() {
        StringBuilder name = new StringBuilder("Test");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }

    /** A child with a valid, unique CPR number (born 2015, century digit 4). */
    public long child(String firstName, String lastName) {
        int n = next();
        String cpr = String.format("%02d%02d15%04d", 1 + n % 28, 1 + (n / 28) % 12, 4000 + n % 6000);
        return jdbc.sql("""
                insert into child (cpr, first_name, last_name, birth_date, gender, address, postcode, city)
                values (?, ?, ?, ?, 'FEMALE', 'Testvej 1', '2730', 'Herlev') returning id""")
                .param(cpr).param(firstName).param(lastName)
                .param(LocalDate.of(2015, 1 + (n / 28) % 12, 1 + n % 28)).query(Long.class).single();
    }

    public long openCase(long childId, long teamId, Long caseworkerId) {
        return jdbc.sql("""
                insert into case_file (child_id, team_id, caseworker_id, phase, awareness_date, opened_at)
                values (?, ?, ?, 'SCREENING', current_date, now()) returning id""")
                .param(childId).param(teamId).param(caseworkerId).query(Long.class).single();
    }

    /** A parent (or other relation) with custody who lives with the child. Returns the person's id. */
    public long parentWithCustody(long childId, String firstName, String lastName, String relation) {
        long person = jdbc.sql("insert into person (first_name, last_name, phone) values (?, ?, '20304050') returning id")
                .param(firstName).param(lastName).query(Long.class).single();
        jdbc.sql("""
                insert into child_relation (child_id, person_id, relation, custody, lives_with)
                values (?, ?, ?, true, true)""").param(childId).param(person).param(relation).update();
        return person;
    }

    /**
     * A § 32 decision on family treatment ("Færre konflikter hjemme", 6 months), written directly with the case
     * moved to the intervention phase: the precondition for plans and interventions. No deadline is started.
     */
    public void supportiveDecision(long caseId, LocalDate decidedOn, long decidedBy) {
        jdbc.sql("update case_file set phase = 'INTERVENTION' where id = ?").param(caseId).update();
        jdbc.sql("""
                insert into decision (case_id, child_id, type, legal_basis_id, subtype, purpose, expected_duration_months,
                       child_view, child_is_party, decided_on, complaint_guidance, decided_by, recorded_at)
                select id, child_id, 'SUPPORTIVE', 'BL-32', 'Familiebehandling', 'Færre konflikter hjemme', 6,
                       'Jeg vil have ro', true, ?, ?, ?, now()
                  from case_file where id = ?""")
                .param(decidedOn).param(Decisions.DEFAULT_COMPLAINT_GUIDANCE).param(decidedBy).param(caseId).update();
    }

    /**
     * An intervention on the case delivered by the provider, written directly since the intervention module's write
     * API is not used here. Returns its id.
     */
    public long intervention(long caseId, long providerId, String status) {
        jdbc.sql("""
                insert into intervention_type (code, name, legal_basis_id, position)
                values ('test-family-treatment', 'Familiebehandling', 'BL-32', 999) on conflict do nothing""").update();
        return jdbc.sql("""
                insert into intervention (case_id, child_id, type_code, legal_basis_id, provider_id, purpose, granted_on,
                       started_on, status, created_by, created_at)
                select c.id, c.child_id, 'test-family-treatment', 'BL-32', ?, 'Familien får hjælp til faste rammer.',
                       current_date - 100, current_date - 90, ?, (select min(id) from app_user), now()
                  from case_file c where c.id = ? returning id""")
                .param(providerId).param(status).param(caseId).query(Long.class).single();
    }

    public void endIntervention(long interventionId) {
        jdbc.sql("update intervention set status = 'ENDED', ended_on = current_date where id = ?")
                .param(interventionId).update();
    }

    /** An active goal of the case's child, linked to the intervention. Returns the goal's id. */
    public long linkedGoal(long interventionId, String title) {
        long goalId = jdbc.sql("""
                insert into goal (case_id, child_id, title, status, set_on, created_by, created_at)
                select i.case_id, i.child_id, ?, 'ACTIVE', current_date - 80, i.created_by, now()
                  from intervention i where i.id = ? returning id""")
                .param(title).param(interventionId).query(Long.class).single();
        jdbc.sql("insert into intervention_goal (intervention_id, goal_id) values (?, ?)").param(interventionId)
                .param(goalId).update();
        return goalId;
    }

    /** How many audit lines record this action by this user on this child. */
    public long auditCount(long childId, String username, String action) {
        return jdbc.sql("select count(*) from audit_event where child_id = ? and action = ? and username = ?")
                .param(childId).param(action).param(username).query(Long.class).single();
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
