package dk.spor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dk.spor.casefile.CaseAccessSql;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask the assessment work: the state of investigations and overdue information requests. */
@Service
@Transactional(readOnly = true)
public class Investigations {

    private final JdbcClient jdbc;
    private final People people;
    private final Clock clock;

    Investigations(JdbcClient jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Whether the case has a completed børnefaglig undersøgelse. A placement (barnets lov § 46) may only be decided
     * on such an investigation. The caller has already checked the user's access to the case.
     */
    public boolean hasCompletedChildInvestigation(long caseId) {
        return jdbc.sql("""
                select exists (select 1 from investigation
                                where case_id = ? and kind = 'CHILD_INVESTIGATION' and completed_at is not null)""")
                .param(caseId).query(Boolean.class).single();
    }

    /** The user's overdue information requests on the cases they are the caseworker of, the oldest deadline first. */
    public List<OverdueInformationRequest> overdueInformationRequests(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select r.id, r.investigation_id, c.id as case_id, c.child_id, r.recipient_name, r.reply_due
                  from information_request r
                  join investigation i on i.id = r.investigation_id
                  join case_file c on c.id = i.case_id
                 where r.received_on is null and r.reply_due < :today and c.caseworker_id = :userId
                   and c.closed_at is null and """ + CaseAccessSql.visibleCase("c") + """
                 order by r.reply_due, r.id""")
                .params(CaseAccessSql.recordParams(user.accessScope())).param("today", today).param("userId", user.id())
                .query((rs, row) -> {
                    long childId = rs.getLong("child_id");
                    LocalDate due = rs.getObject("reply_due", LocalDate.class);
                    return new OverdueInformationRequest(rs.getLong("id"), rs.getLong("investigation_id"),
                            rs.getLong("case_id"), childId,
                            people.child(childId).map(Child::fullName).orElse(""), rs.getString("recipient_name"),
                            due, ChronoUnit.DAYS.between(due, today));
                }).list();
    }

    /** The ICS triangle's dimensions in their fixed order. */
    public List<IcsDimension> icsDimensions() {
        return jdbc.sql("select id, code, side, name, position from ics_dimension order by position")
                .query(IcsDimension.class).list();
    }
}
