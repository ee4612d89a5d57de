package dk.spor.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dk.spor.shared.Cpr;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Children and the adults around them. Callers are responsible for access control: this module does not know
 * cases, so it is only reached from modules that have already checked the user's access to the child.
 */
@Service
public class People {

    private static final String CHILD_SELECT = """
            select id, cpr, first_name, last_name, birth_date, gender, address, postcode, city, school, version
              from child""";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Child> child(long id) {
        return jdbc.sql(CHILD_SELECT + " where id = ?").param(id).query(People::mapChild).optional();
    }

    public Optional<Child> childByCpr(Cpr cpr) {
        return jdbc.sql(CHILD_SELECT + " where cpr = ?").param(cpr.digits()).query(People::mapChild).optional();
    }

    public List<RelatedPerson> relationsOf(long childId) {
        return jdbc.sql("""
                select p.id as person_id, p.first_name, p.last_name, p.phone, p.email, p.address,
                       r.relation, r.custody, r.lives_with
                  from child_relation r join person p on p.id = r.person_id
                 where r.child_id = ?
                 order by case r.relation when 'MOTHER' then 0 when 'FATHER' then 1 else 2 end, p.last_name""")
                .param(childId).query(RelatedPerson.class).list();
    }

    /** Children who share a mother or father with the child. */
    public List<Sibling> siblingsOf(long childId) {
        return jdbc.sql("""
                select distinct c.id as child_id, c.first_name, c.last_name, c.birth_date
                  from child_relation mine
                  join child_relation theirs on theirs.person_id = mine.person_id and theirs.child_id <> mine.child_id
                  join child c on c.id = theirs.child_id
                 where mine.child_id = ? and mine.relation in ('MOTHER', 'FATHER')
                   and theirs.relation in ('MOTHER', 'FATHER')
                 order by c.birth_date""")
                .param(childId).query(Sibling.class).list();
    }

    /** Registers a child known only by CPR number and name, e.g. from a concern report. */
    public Child createChild(Cpr cpr, String firstName, String lastName) {
        long id = jdbc.sql("""
                insert into child (cpr, first_name, last_name, birth_date, gender)
                values (?, ?, ?, ?, ?) returning id""")
                .param(cpr.digits()).param(firstName.strip()).param(lastName.strip()).param(cpr.birthDate())
                .param(cpr.isMale() ? "MALE" : "FEMALE").query(Long.class).single();
        return child(id).orElseThrow();
    }

    static Child mapChild(ResultSet rs, int row) throws SQLException {
        return new Child(rs.getLong("id"), new Cpr(rs.getString("cpr")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("birth_date", java.time.LocalDate.class),
                Child.Gender.valueOf(rs.getString("gender")), rs.getString("address"), rs.getString("postcode"),
                rs.getString("city"), rs.getString("school"), rs.getInt("version"));
    }
}
