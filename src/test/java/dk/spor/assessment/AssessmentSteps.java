package dk.spor.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;

import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Role;
import dk.spor.support.TestData;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sets up cases and drives the assessment pages as a signed-in user, for the integration tests. */
@TestComponent
class AssessmentSteps {

    private final MockMvcTester mvc;
    private final TestData data;
    private final JdbcClient jdbc;
    private final Organisation organisation;

    AssessmentSteps(MockMvcTester mvc, TestData data, JdbcClient jdbc, Organisation organisation) {
        this.mvc = mvc;
        this.data = data;
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** A team with a caseworker who has a case on a new child, in the given phase and with the given awareness date. */
    Fixture caseIn(CasePhase phase, LocalDate awarenessDate) {
        long team = data.team("Udredning");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Alma", "Udredningsen");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = ?, awareness_date = ? where id = ?")
                .param(phase.name()).param(awarenessDate).param(caseId).update();
        return new Fixture(team, caseworker, child, caseId);
    }

    MvcTestResult post(String username, String uri, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(data.as(username)).with(csrf());
        params.forEach(request::param);
        return request.exchange();
    }

    MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(data.as(username)).exchange();
    }

    CasePhase phase(long caseId) {
        return CasePhase.valueOf(jdbc.sql("select phase from case_file where id = ?").param(caseId)
                .query(String.class).single());
    }

    int caseVersion(long caseId) {
        return jdbc.sql("select version from case_file where id = ?").param(caseId).query(Integer.class).single();
    }

    long investigationOf(long caseId) {
        return jdbc.sql("select id from investigation where case_id = ? order by id desc limit 1").param(caseId)
                .query(Long.class).single();
    }

    int investigationVersion(long investigationId) {
        return jdbc.sql("select version from investigation where id = ?").param(investigationId)
                .query(Integer.class).single();
    }

    long requestOf(long investigationId) {
        return jdbc.sql("select id from information_request where investigation_id = ? order by id desc limit 1")
                .param(investigationId).query(Long.class).single();
    }

    /** Moves a request's reply deadline, e.g. into the past to make it overdue. */
    void moveReplyDue(long requestId, LocalDate replyDue) {
        jdbc.sql("update information_request set reply_due = ? where id = ?").param(replyDue).param(requestId).update();
    }

    CurrentUser user(String username) {
        return organisation.currentUser(username).orElseThrow();
    }

    long chronologyCount(long caseId, String kind) {
        return jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = ?").param(caseId)
                .param(kind).query(Long.class).single();
    }

    long auditCount(long childId, String username, String action, String entityType) {
        return jdbc.sql("""
                select count(*) from audit_event
                 where child_id = ? and username = ? and action = ? and entity_type = ?""")
                .param(childId).param(username).param(action).param(entityType).query(Long.class).single();
    }

    /** Concludes the screening with the given outcome, as the case's caseworker. */
    MvcTestResult screen(Fixture fixture, ScreeningOutcome outcome) {
        return post(fixture.caseworker(), fixture.base() + "/screening", Map.of(
                "informationConsidered", "Underretningen fra skolen og samtalerne.",
                "weightedInformation", "Skolens beskrivelse af fravær.",
                "conclusion", "Der er grund til at undersøge barnets trivsel nærmere.",
                "outcome", outcome.name(),
                "closingReason", outcome == ScreeningOutcome.CLOSE ? "Ingen grund til bekymring." : "",
                "caseVersion", String.valueOf(caseVersion(fixture.caseId()))));
    }

    /** Completes the case's open investigation with a conclusion and the views. */
    MvcTestResult complete(Fixture fixture, long investigationId) {
        return post(fixture.caseworker(), fixture.investigation(investigationId) + "/konklusion", Map.of(
                "childsView", "Jeg vil gerne blive boende hjemme.",
                "parentsView", "Vi vil gerne have hjælp.",
                "conclusion", "Barnet har brug for støtte i hverdagen.",
                "complete", "true",
                "version", String.valueOf(investigationVersion(investigationId))));
    }

    record Fixture(long team, String caseworker, long childId, long caseId) {

        String base() {
            return "/sager/" + caseId + "/udredning";
        }

        String investigation(long investigationId) {
            return base() + "/undersoegelser/" + investigationId;
        }
    }
}
