package dk.spor.decision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.spor.assessment.Investigations;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.shared.NotFound;
import dk.spor.document.PdfDocuments;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.People;
import dk.spor.people.RelatedPerson;
import dk.spor.shared.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records decisions, guards them by law, and moves the case on. */
@Service
public class Decisions {

    /** The standard complaint guidance (retssikkerhedsloven § 66–67): to Ankestyrelsen via the municipality. */
    public static final String DEFAULT_COMPLAINT_GUIDANCE = "Du kan klage over afgørelsen til Ankestyrelsen. "
            + "Klagen sendes til kommunen inden 4 uger efter, at du har fået afgørelsen. Kommunen genvurderer "
            + "afgørelsen, og hvis den fastholdes, sendes klagen videre til Ankestyrelsen.";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PdfDocuments documents;
    private final Investigations investigations;

    Decisions(JdbcClient jdbc, CaseFiles caseFiles, People people, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, PdfDocuments documents, Investigations investigations) {
        this.documents = documents;
        this.investigations = investigations;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The legal bases in force today (by the application's clock, not the database's). */
    public List<LegalBasis> legalBases() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id, paragraph, title, decision_types, subtypes from legal_basis
                 where valid_from <= ? and (valid_to is null or valid_to >= ?)
                 order by id""").param(today).param(today).query(Decisions::mapBasis).list();
    }

    public CaseFile caseFor(CurrentUser user, long caseId) {
        return caseFiles.requireCase(user, caseId);
    }

    @Transactional
    public Decision decide(CurrentUser user, long caseId, NewDecision decision) {
        CaseFile caseFile = caseFor(user, caseId);
        LocalDate today = LocalDate.now(clock);
        LegalBasis basis = decision.legalBasisId() == null ? null
                : legalBases().stream().filter(b -> b.id().equals(decision.legalBasisId())).findFirst().orElse(null);
        FieldErrors errors = decision.validate(basis, today);
        if (!caseFile.isOpen()) {
            errors.reject("type", "Sagen er lukket. Der kan ikke træffes afgørelse på en lukket sag.");
        }
        PlacementPolicy.check(decision.type(), investigations.hasCompletedChildInvestigation(caseId))
                .ifPresent(reason -> errors.reject("type", reason));
        errors.throwIfAny();
        boolean party = people.child(caseFile.childId()).orElseThrow().isPartyOn(decision.decidedOn());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into decision (case_id, child_id, type, legal_basis_id, subtype, purpose, expected_effect,
                       expected_duration_months, child_view, child_view_missing_reason, parents_view, child_is_party,
                       decided_on, notified_on, complaint_guidance, decided_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(decision.type().name()).param(decision.legalBasisId())
                .param(blankToNull(decision.subtype())).param(decision.purpose().strip())
                .param(blankToNull(decision.expectedEffect())).param(decision.expectedDurationMonths())
                .param(blankToNull(decision.childView())).param(blankToNull(decision.childViewMissingReason()))
                .param(blankToNull(decision.parentsView())).param(party).param(decision.decidedOn())
                .param(decision.notifiedOn()).param(decision.complaintGuidance().strip()).param(user.id())
                .param(Timestamp.from(now)).query(Long.class).single();
        caseFiles.record(caseId, now, "decision.made", "Afgørelse: " + decision.type().danishLabel()
                + (decision.subtype() == null || decision.subtype().isBlank() ? "" : " (" + decision.subtype() + ")"),
                basis.label() + ". Formål: " + decision.purpose().strip(), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "decision", id, decision.type().danishLabel());
        moveCaseOn(caseFile, decision, user);
        events.publishEvent(new DecisionMade(id, caseId, caseFile.childId(), decision.type(), decision.legalBasisId(),
                decision.decidedOn(), decision.expectedDurationMonths()));
        return find(id).orElseThrow();
    }

    /** Decisions on the child's cases, newest first. The caller has checked access to the child. */
    public List<Decision> decisionsOfChild(long childId) {
        return jdbc.sql(SELECT + " where d.child_id = ? order by d.decided_on desc, d.id desc").param(childId)
                .query(Decision.class).list();
    }

    /**
     * A case in a børnefaglig undersøgelse without the formal decision to start it (barnets lov § 20): the open loop
     * the child's page points out.
     */
    public boolean lacksInvestigationDecision(CaseFile caseFile) {
        return caseFile.isOpen() && caseFile.phase() == CasePhase.CHILD_INVESTIGATION
                && !jdbc.sql("select exists (select 1 from decision where case_id = ? and type = 'CHILD_INVESTIGATION')")
                        .param(caseFile.id()).query(Boolean.class).single();
    }

    public Decision decision(CurrentUser user, long id) {
        Decision decision = find(id).orElseThrow(() -> new NotFound("Decision " + id));
        caseFiles.requireChildAccess(user, decision.childId());
        audit.read(decision.childId(), "decision", id, "Afgørelse læst");
        return decision;
    }

    /** The decision as a PDF/UA letter to the custody holders (and the child from 10); the export is audited. */
    public byte[] letter(CurrentUser user, long id, String municipalityName) {
        Decision decision = decision(user, id);
        var child = people.child(decision.childId()).orElseThrow();
        var recipients = people.relationsOf(child.id()).stream().filter(RelatedPerson::custody).toList();
        audit.write(AuditAction.EXPORT, child.id(), "decision", id, "Afgørelsesbrev dannet som PDF");
        return documents.render("decision-letter", Map.of("decision", decision, "child", child,
                "recipients", recipients, "municipalityName", municipalityName));
    }

    /**
     * Moves the case to the phase the decision leads to, through "Afgørelse" where the course requires it. Support
     * decided while a børnefaglig undersøgelse is still open runs alongside it (T9), so the case stays in the
     * investigation; once the investigation is completed, the decision moves the case on.
     */
    private void moveCaseOn(CaseFile caseFile, NewDecision decision, CurrentUser user) {
        CasePhase target = decision.type().resultingPhase();
        CasePhase current = caseFile.phase();
        boolean parallelSupport = current == CasePhase.CHILD_INVESTIGATION && decision.type() == DecisionType.SUPPORTIVE
                && !investigations.hasCompletedChildInvestigation(caseFile.id());
        if (target == null || target == current || parallelSupport) {
            return;
        }
        String reason = decision.type().danishLabel();
        if (!current.canMoveTo(target) && current.canMoveTo(CasePhase.DECISION) && CasePhase.DECISION.canMoveTo(target)) {
            caseFiles.moveTo(caseFile.id(), CasePhase.DECISION, reason, user.id());
            current = CasePhase.DECISION;
        }
        if (current.canMoveTo(target)) {
            caseFiles.moveTo(caseFile.id(), target, target == CasePhase.CLOSED ? decision.purpose().strip() : reason, user.id());
        }
    }

    private Optional<Decision> find(long id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(Decision.class).optional();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LegalBasis mapBasis(ResultSet rs, int row) throws SQLException {
        return new LegalBasis(rs.getString("id"), rs.getString("paragraph"), rs.getString("title"),
                Arrays.stream(strings(rs.getArray("decision_types"))).map(DecisionType::valueOf).toList(),
                List.of(strings(rs.getArray("subtypes"))));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static final String SELECT = """
            select d.id, d.case_id, d.child_id, d.type, d.legal_basis_id, b.paragraph || ': ' || b.title as legal_basis_label,
                   d.subtype, d.purpose, d.expected_effect, d.expected_duration_months, d.child_view,
                   d.child_view_missing_reason, d.parents_view, d.child_is_party, d.decided_on, d.notified_on,
                   d.complaint_guidance, u.full_name as decided_by_name, d.recorded_at
              from decision d
              join legal_basis b on b.id = d.legal_basis_id
              join app_user u on u.id = d.decided_by""";
}
