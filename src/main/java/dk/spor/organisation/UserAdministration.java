package dk.spor.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on users: list, create, disable and enable. Every change publishes an event in the same
 * transaction, which the audit log records, so a change that cannot be logged is not made.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAdministration(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Every user, by name. A municipality has hundreds, not thousands, so one list without paging. */
    public List<AdministeredUser> users() {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.email, u.role, u.enabled, u.version,
                       u.password_hash is not null as password_login, p.name as provider_name,
                       (select string_agg(t.name, ', ' order by t.name)
                          from team_membership m join team t on t.id = m.team_id
                         where m.user_id = u.id) as team_names
                  from app_user u
                  left join provider p on p.id = u.provider_id
                 order by lower(u.full_name), u.id""")
                .query(AdministeredUser.class).list();
    }

    public List<String> usernames() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list();
    }

    @Transactional
    public UserChange create(NewUser user) {
        Map<String, String> problems = new LinkedHashMap<>(user.problems());
        if (!problems.containsKey("username") && usernameTaken(user.username())) {
            problems.put("username", "Brugernavnet " + user.username() + " er allerede i brug. Vælg et andet.");
        }
        if (!user.teamIds().isEmpty() && existing("team", user.teamIds().toArray(Long[]::new)) != user.teamIds().size()) {
            problems.put("teams", "Et af de valgte teams findes ikke længere. Vælg igen.");
        }
        if (user.providerId() != null && existing("provider", new Long[] {user.providerId()}) == 0) {
            problems.put("provider", "Den valgte udfører findes ikke længere. Vælg igen.");
        }
        if (!problems.isEmpty()) {
            return new UserChange.Refused(problems);
        }
        long id = jdbc.sql("""
                insert into app_user (username, password_hash, full_name, email, role, provider_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .param(user.username())
                .param(user.password() == null ? null : passwordEncoder.encode(user.password()))
                .param(user.fullName()).param(user.email()).param(user.role().name()).param(user.providerId())
                .query(Long.class).single();
        for (Long teamId : user.teamIds()) {
            jdbc.sql("insert into team_membership (user_id, team_id) values (?, ?)").param(id).param(teamId).update();
        }
        events.publishEvent(new UserCreated(id, user.username(), user.role()));
        return new UserChange.Done(id);
    }

    /**
     * Disables or enables a user. {@code expectedVersion} is the version the administrator saw, so a change made
     * meanwhile by another administrator is not silently overwritten. Nobody can disable themselves.
     */
    @Transactional
    public UserChange setEnabled(long userId, boolean enabled, int expectedVersion, CurrentUser actor) {
        if (!enabled && userId == actor.id()) {
            return UserChange.Refused.because("enabled", "Du kan ikke spærre din egen bruger.");
        }
        int updated = jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ? and version = ?")
                .param(enabled).param(userId).param(expectedVersion).update();
        if (updated == 0) {
            return UserChange.Refused.because("enabled",
                    "Brugeren er blevet ændret af en anden, mens du så på listen. Se den opdaterede liste og prøv igen.");
        }
        String username = jdbc.sql("select username from app_user where id = ?").param(userId).query(String.class).single();
        events.publishEvent(new UserEnabledChanged(userId, username, enabled));
        return new UserChange.Done(userId);
    }

    private boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(?))").param(username)
                .query(Boolean.class).single();
    }

    private int existing(String table, Long[] ids) {
        return jdbc.sql("select count(*) from " + table + " where id = any(?)").param(ids).query(Integer.class).single();
    }
}
