package dk.spor.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import dk.spor.decision.Decisions;
import dk.spor.demo.CaseRecords.Inquiry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the demo municipality with COPY, inside the caller's transaction. Ids come from each table's own identity
 * sequence before the rows are sent, so rows can point at each other and the sequences stay right. Rows nothing
 * points at (conversations, screenings, assessments) take their id from the table as they arrive.
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
    private final CopyRows reports = new CopyRows("concern_report", "id, child_id, case_id, kind, reporter_type, "
            + "reporter_name, reporter_organisation, received_at, channel, content, concern_categories, registered_by, "
            + "registered_at, assessed_at, assessed_by, acute_danger, assessment_reasons, receipt_confirmed_at, "
            + "receipt_confirmed_by");
    private final CopyRows conversations = new CopyRows("conversation", "case_id, held_on, kind, participants, "
            + "two_caseworkers, child_informed, childs_own_words, summary, recorded_by, recorded_at");
    private final CopyRows screenings = new CopyRows("screening", "case_id, information_considered, "
            + "weighted_information, conclusion, outcome, childs_view, parents_view, closing_reason, concluded_by, "
            + "concluded_at");
    private final CopyRows investigations = new CopyRows("investigation", "id, case_id, kind, awareness_date, "
            + "start_reason, started_by, started_at, escalation_reason, escalated_at, childs_view, "
            + "childs_view_missing_reason, parents_view, conclusion, completed_by, completed_at");
    private final CopyRows plans = new CopyRows("investigation_plan", "investigation_id, purpose, questions, sources, "
            + "expected_completion, shared_with_family, updated_by, updated_at, version");
    private final CopyRows sections = new CopyRows("investigation_section", "investigation_id, dimension_id, "
            + "resources, concerns, sources, updated_by, updated_at, version");
    private final CopyRows requests = new CopyRows("information_request", "investigation_id, recipient_kind, "
            + "recipient_name, purpose, questions, reply_due, consent_basis, sent_on, sent_by, received_on, "
            + "reply_summary, received_by");
    private final CopyRows assessments = new CopyRows("professional_assessment", "case_id, investigation_id, context, "
            + "decisive_factors, challenges_and_resources, conclusion, needs_support, support_description, "
            + "network_contribution, childs_view, childs_view_missing_reason, parents_view, diverges_from_views, "
            + "outcome, closing_reason, recorded_by, recorded_at");
    private final CopyRows decisions = new CopyRows("decision", "id, case_id, child_id, type, legal_basis_id, subtype, "
            + "purpose, expected_effect, expected_duration_months, child_view, child_view_missing_reason, parents_view, "
            + "child_is_party, decided_on, notified_on, complaint_guidance, decided_by, recorded_at");

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
        RecordIds ids = new RecordIds(reserve("concern_report", total(batch, records -> records.reports.size())),
                reserve("investigation", total(batch, records -> records.investigations.size())),
                reserve("decision", total(batch, records -> records.decisions.size())));
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
                writeCase(caseIds[caseIndex++], childIds[firstChild + demoCase.child()], demoCase, ids);
            }
        }
        for (CopyRows rows : List.of(persons, children, relations, cases, chronology, reports, conversations,
                screenings, investigations, plans, sections, requests, assessments, decisions, deadlines)) {
            rows.send(copy);
        }
    }

    private void writeCase(long caseId, long childId, DemoCase demoCase, RecordIds ids) {
        cases.add(caseId, childId, demoCase.teamId(), demoCase.caseworkerId(), demoCase.phase(),
                demoCase.awarenessDate(), demoCase.openedAt(), demoCase.closedAt(), demoCase.closingReason());
        for (DemoCase.Entry entry : demoCase.chronology()) {
            chronology.add(caseId, entry.occurredAt(), entry.kind(), entry.title(), entry.detail(), entry.actorId(),
                    entry.occurredAt());
        }
        CaseRecords records = demoCase.records();
        long[] reportIds = ids.reports(records.reports.size());
        long[] investigationIds = ids.investigations(records.investigations.size());
        long[] decisionIds = ids.decisions(records.decisions.size());
        writeIntake(caseId, childId, records, reportIds);
        writeAssessment(caseId, records, investigationIds);
        writeDecisions(caseId, childId, records, decisionIds);
        for (DemoCase.Due due : demoCase.deadlines()) {
            long subjectId = switch (due.subject()) {
                case CASE -> caseId;
                case CONCERN_REPORT -> reportIds[due.subjectIndex()];
                case INVESTIGATION -> investigationIds[due.subjectIndex()];
                case DECISION -> decisionIds[due.subjectIndex()];
            };
            deadlines.add(due.ruleId(), due.title(), due.subject(), subjectId, caseId, childId, due.assigneeId(),
                    due.triggeredAt(), due.dueAt(), due.metAt());
        }
    }

    private void writeIntake(long caseId, long childId, CaseRecords records, long[] ids) {
        for (int i = 0; i < ids.length; i++) {
            CaseRecords.Report report = records.reports.get(i);
            reports.add(ids[i], childId, caseId, report.kind, report.reporterType, report.reporterName,
                    report.reporterOrganisation, report.receivedAt, report.channel, report.content, report.categories,
                    report.registeredBy, report.registeredAt, report.assessedAt, report.assessedBy,
                    report.assessedAt == null ? null : false, report.assessmentReasons, report.receiptConfirmedAt,
                    report.receiptConfirmedBy);
        }
    }

    private void writeAssessment(long caseId, CaseRecords records, long[] ids) {
        for (CaseRecords.Talk talk : records.conversations) {
            conversations.add(caseId, talk.heldOn(), talk.kind(), talk.participants(), false, talk.childInformed(),
                    talk.childsOwnWords(), talk.summary(), talk.recordedBy(), talk.recordedAt());
        }
        for (CaseRecords.Screening screening : records.screenings) {
            screenings.add(caseId, screening.informationConsidered(), screening.weightedInformation(),
                    screening.conclusion(), screening.outcome(), screening.childsView(), screening.parentsView(),
                    screening.closingReason(), screening.concludedBy(), screening.concludedAt());
        }
        for (int i = 0; i < ids.length; i++) {
            writeInvestigation(caseId, ids[i], records.investigations.get(i));
        }
        for (CaseRecords.Sfv sfv : records.assessments) {
            CaseRecords.Views views = sfv.views();
            assessments.add(caseId, ids[sfv.investigation()], sfv.context(), sfv.decisiveFactors(),
                    sfv.challengesAndResources(), sfv.conclusion(), sfv.supportDescription() != null,
                    sfv.supportDescription(), sfv.networkContribution(), views.child(), views.childMissingReason(),
                    views.parents(), false, sfv.outcome(), sfv.closingReason(), sfv.recordedBy(), sfv.recordedAt());
        }
    }

    private void writeInvestigation(long caseId, long id, Inquiry investigation) {
        CaseRecords.Views views = investigation.views;
        investigations.add(id, caseId, investigation.kind, investigation.awarenessDate, investigation.startReason,
                investigation.startedBy, investigation.startedAt, investigation.escalationReason,
                investigation.escalatedAt, views == null ? null : views.child(),
                views == null ? null : views.childMissingReason(), views == null ? null : views.parents(),
                investigation.conclusion, investigation.completedBy, investigation.completedAt);
        CaseRecords.Plan plan = investigation.plan;
        plans.add(id, plan.purpose(), plan.questions(), plan.sources(), plan.expectedCompletion(), true,
                investigation.startedBy, investigation.startedAt, 1);
        for (CaseRecords.Section section : investigation.sections) {
            sections.add(id, section.dimensionId(), section.resources(), section.concerns(), section.sources(),
                    investigation.startedBy, section.updatedAt(), 1);
        }
        for (CaseRecords.Request request : investigation.requests) {
            requests.add(id, request.recipientKind, request.recipientName, request.purpose, request.questions,
                    request.replyDue, "CONSENT", request.sentOn, request.sentBy, request.receivedOn,
                    request.replySummary, request.receivedBy);
        }
    }

    private void writeDecisions(long caseId, long childId, CaseRecords records, long[] ids) {
        for (int i = 0; i < ids.length; i++) {
            CaseRecords.Ruling ruling = records.decisions.get(i);
            CaseRecords.Views views = ruling.views();
            decisions.add(ids[i], caseId, childId, ruling.type(), ruling.legalBasisId(), ruling.subtype(),
                    ruling.purpose(), ruling.expectedEffect(), ruling.expectedDurationMonths(), views.child(),
                    views.childMissingReason(), views.parents(), ruling.childIsParty(), ruling.decidedOn(),
                    ruling.notifiedOn(), Decisions.DEFAULT_COMPLAINT_GUIDANCE, ruling.decidedBy(), ruling.recordedAt());
        }
    }

    DemoCounts counts() {
        return new DemoCounts(children.sent(), persons.sent(), cases.sent(), chronology.sent(), deadlines.sent(),
                reports.sent(), investigations.sent(), decisions.sent());
    }

    private static int total(List<DemoFamily> batch, ToIntFunction<CaseRecords> count) {
        return batch.stream().flatMap(family -> family.cases().stream())
                .mapToInt(demoCase -> count.applyAsInt(demoCase.records())).sum();
    }

    /** The ids reserved for a batch's reports, investigations and decisions, handed out case by case. */
    private static final class RecordIds {

        private final long[] reports;
        private final long[] investigations;
        private final long[] decisions;
        private int nextReport;
        private int nextInvestigation;
        private int nextDecision;

        RecordIds(long[] reports, long[] investigations, long[] decisions) {
            this.reports = reports;
            this.investigations = investigations;
            this.decisions = decisions;
        }

        long[] reports(int count) {
            nextReport += count;
            return Arrays.copyOfRange(reports, nextReport - count, nextReport);
        }

        long[] investigations(int count) {
            nextInvestigation += count;
            return Arrays.copyOfRange(investigations, nextInvestigation - count, nextInvestigation);
        }

        long[] decisions(int count) {
            nextDecision += count;
            return Arrays.copyOfRange(decisions, nextDecision - count, nextDecision);
        }
    }

    private long[] reserve(String table, int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .param(table).param(count).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
