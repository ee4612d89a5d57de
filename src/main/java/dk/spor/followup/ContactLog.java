package dk.spor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.People;
import dk.spor.people.RelatedPerson;
import dk.spor.shared.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log (tæt kontakt, seed 001 § 4.6): calls, visits, texts, e-mails and letters with the child, the
 * family, the network, school and provider between the planned activities. Every contact on an open case is new
 * information and lands unassessed in the case's inbox.
 */
@Service
public class ContactLog {

    private static final String SELECT = """
            select e.id, e.case_id, e.child_id, e.channel, e.counterpart, e.person_id, e.person_name, e.occurred_at,
                   e.summary, e.child_words, u.full_name as recorded_by_name, e.recorded_at
              from contact_entry e
              left join app_user u on u.id = e.recorded_by""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final People people;
    private final NewInformationInbox inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactLog(JdbcClient jdbc, CaseFiles caseFiles, People people, NewInformationInbox inbox, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.people = people;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The case's contacts, newest first; the read is audited. */
    public List<Contact> ofCase(CurrentUser user, long caseId) {
        return latestOfCase(user, caseId, Integer.MAX_VALUE);
    }

    /** The case's latest contacts, newest first; the read is audited. */
    public List<Contact> latestOfCase(CurrentUser user, long caseId, int limit) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "contact", "case:" + caseId, "Kontaktlog læst");
        return jdbc.sql(SELECT + " where e.case_id = ? order by e.occurred_at desc, e.id desc limit ?")
                .param(caseId).param(limit).query(ContactLog::map).list();
    }

    public long countOfCase(long caseId) {
        return jdbc.sql("select count(*) from contact_entry where case_id = ?").param(caseId).query(Long.class)
                .single();
    }

    /** The people around the child the user may pick as the other party of a contact. */
    public List<RelatedPerson> peopleAround(CurrentUser user, long caseId) {
        return people.relationsOf(caseFiles.requireCase(user, caseId).childId());
    }

    /**
     * Logs a contact on an open case: a line in the chronology, and an unassessed item in the inbox.
     *
     * @throws dk.spor.shared.ValidationFailed with a Danish message per field
     */
    @Transactional
    public Contact record(CurrentUser user, long caseId, NewContact contact) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        List<RelatedPerson> related = people.relationsOf(caseFile.childId());
        Set<Long> relatedIds = related.stream().map(RelatedPerson::personId).collect(Collectors.toSet());
        Instant now = clock.instant();
        FieldErrors errors = contact.validate(relatedIds, now);
        if (!caseFile.isOpen()) {
            errors.reject("summary", "Sagen er lukket. Kontakter logges på barnets åbne sag.");
        }
        errors.throwIfAny();
        String personName = personName(contact, related);
        long id = jdbc.sql("""
                insert into contact_entry (case_id, child_id, channel, counterpart, person_id, person_name, occurred_at,
                                           summary, child_words, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(contact.channel().name())
                .param(contact.counterpart().name()).param(contact.personId()).param(personName)
                .param(Timestamp.from(contact.occurredAt())).param(contact.summary().strip())
                .param(NewInformationRows.blankToNull(contact.childWords())).param(user.id()).param(Timestamp.from(now))
                .query(Long.class).single();
        Contact saved = jdbc.sql(SELECT + " where e.id = ?").param(id).query(ContactLog::map).single();
        caseFiles.record(caseId, saved.occurredAt(), chronologyKind(saved.channel()), saved.heading(),
                chronologyDetail(saved), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "contact", id, "Kontakt logget");
        inbox.register(NewInformationSource.CONTACT, id, caseId, caseFile.childId(), saved.occurredAt(),
                saved.heading(), chronologyDetail(saved));
        events.publishEvent(new ContactRecorded(id, caseId, caseFile.childId(), saved.channel(), saved.counterpart(),
                saved.personId(), saved.occurredAt(), user.id()));
        return saved;
    }

    /**
     * A parent call after a meeting, made through the meeting's call guide, joins the contact log and the inbox like
     * any call. The meeting module has already noted it in the chronology, so it is not noted twice.
     */
    @Transactional
    void recordMeetingCall(long caseId, long childId, String personName, Instant calledAt, String summary) {
        long id = jdbc.sql("""
                insert into contact_entry (case_id, child_id, channel, counterpart, person_name, occurred_at, summary,
                                           recorded_at)
                values (?, ?, 'CALL', 'FAMILY', ?, ?, ?, ?) returning id""")
                .param(caseId).param(childId).param(personName).param(Timestamp.from(calledAt)).param(summary)
                .param(Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Contact saved = jdbc.sql(SELECT + " where e.id = ?").param(id).query(ContactLog::map).single();
        inbox.register(NewInformationSource.CONTACT, id, caseId, childId, calledAt, saved.heading(),
                chronologyDetail(saved));
    }

    /** "contact.call", "contact.home-visit": the chronology filters on the "contact" prefix. */
    static String chronologyKind(ContactChannel channel) {
        return "contact." + channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String chronologyDetail(Contact contact) {
        return contact.childWords() == null ? contact.summary()
                : contact.summary() + " Barnets egne ord: »" + contact.childWords() + "«";
    }

    /** A chosen person is named as registered, with the relation; otherwise the typed name, or the child. */
    private static String personName(NewContact contact, List<RelatedPerson> related) {
        if (contact.personId() != null) {
            return related.stream().filter(p -> p.personId() == contact.personId()).findFirst()
                    .map(p -> p.fullName() + ", " + p.relation().danishLabel().toLowerCase(Locale.ROOT))
                    .orElseThrow();
        }
        return contact.personName() == null || contact.personName().isBlank() ? "barnet" : contact.personName().strip();
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                ContactChannel.valueOf(rs.getString("channel")), Counterpart.valueOf(rs.getString("counterpart")),
                rs.getObject("person_id", Long.class), rs.getString("person_name"),
                NewInformationRows.instant(rs, "occurred_at"), rs.getString("summary"), rs.getString("child_words"),
                rs.getString("recorded_by_name"), NewInformationRows.instant(rs, "recorded_at"));
    }
}
