package dk.spor.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to teams, providers and users, for the other modules. */
@Service
public class Organisation {

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name, description from team order by name").query(Team.class).list();
    }

    public Optional<Team> team(long id) {
        return jdbc.sql("select id, name, description from team where id = ?").param(id).query(Team.class).optional();
    }

    public List<Provider> providers() {
        return jdbc.sql("select id, name, kind, contact from provider order by name").query(Provider.class).list();
    }

    public Optional<UserAccount> user(long id) {
        return jdbc.sql(USER_SELECT + " where id = ?").param(id).query(UserAccount.class).optional();
    }

    public Optional<UserAccount> userByUsername(String username) {
        return jdbc.sql(USER_SELECT + " where lower(username) = lower(?)").param(username).query(UserAccount.class).optional();
    }

    /** Caseworkers of the given teams, by name: the people a leader can assign a case to. */
    public List<UserAccount> caseworkers(Set<Long> teamIds) {
        // The text block starts at column 0, so the space between the select and "where" must be explicit.
        return jdbc.sql(USER_SELECT + " " + """
                 where role = 'CASEWORKER' and enabled
                   and id in (select user_id from team_membership where team_id = any(?))
                 order by full_name""")
                .param(teamIds.toArray(Long[]::new)).query(UserAccount.class).list();
    }

    public Set<Long> teamIdsOf(long userId) {
        // set(), not stream(): JdbcClient's stream holds its connection until closed, and login would leak one.
        return jdbc.sql("select team_id from team_membership where user_id = ?").param(userId)
                .query(Long.class).set();
    }

    /** The user as the rest of the system sees them once signed in. */
    public Optional<CurrentUser> currentUser(String username) {
        return userByUsername(username).filter(UserAccount::enabled).map(account -> new CurrentUser(account.id(),
                account.username(), account.fullName(), account.role(), teamIdsOf(account.id()), account.providerId()));
    }

    /** Ends in a space, so a condition can follow directly (also a text block, which starts without one). */
    private static final String USER_SELECT =
            "select id, username, full_name, email, role, provider_id, enabled from app_user ";
}
