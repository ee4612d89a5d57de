package dk.spor.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The JSON API over real HTTP: what it returns, ISO-8601 dates, paging, problem details and the audit of reads. */
@IntegrationTest
class ChildrenAndCasesApiIntegrationTests {

    @Autowired RestTestClient api;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long team;
    String caseworker;
    String lastName;
    long child;
    long caseId;

    @BeforeEach
    void aChildWithMotherAndAnOpenCase() {
        team = data.team("Team API");
        caseworker = data.user(Role.CASEWORKER, team);
        lastName = data.uniqueLastName();
        child = data.child("Emma", lastName);
        caseId = data.openCase(child, team, data.userId(caseworker));
        long mother = jdbc.sql("""
                insert into person (first_name, last_name, phone) values ('Anne', ?, '12345678') returning id""")
                .param(lastName).query(Long.class).single();
        jdbc.sql("insert into child_relation (child_id, person_id, relation, custody, lives_with) values (?, ?, 'MOTHER', true, true)")
                .param(child).param(mother).update();
    }

    @Test
    void listsChildrenWithMaskedCprAndPagingAndLogsEachChildAsRead() {
        long sister = data.child("Ida", lastName);
        data.openCase(sister, team, null);

        get("/api/v1/children?q={q}&size=1", lastName).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.totalPages").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].firstName").isEqualTo("Emma")
                .jsonPath("$.items[0].maskedCpr").value(cpr -> assertThat((String) cpr).matches("\\d{6}-xxxx"))
                .jsonPath("$.items[0].birthDate").value(date -> assertThat((String) date).matches("2015-\\d\\d-\\d\\d"))
                .jsonPath("$.items[0].phase.code").isEqualTo("SCREENING");

        assertThat(data.auditCount(child, caseworker, "READ")).isEqualTo(1);
        assertThat(data.auditCount(sister, caseworker, "READ")).isZero();
    }

    @Test
    void returnsTheChildWithFullCprRelationsAndCurrentCase() {
        get("/api/v1/children/{id}", child).expectStatus().isOk().expectBody()
                .jsonPath("$.cpr").value(cpr -> assertThat((String) cpr).matches("\\d{6}-\\d{4}"))
                .jsonPath("$.relations[0].relation").isEqualTo("MOTHER")
                .jsonPath("$.relations[0].relationLabel").isEqualTo("Mor")
                .jsonPath("$.relations[0].custody").isEqualTo(true)
                .jsonPath("$.currentCase.id").isEqualTo(caseId)
                .jsonPath("$.currentCase.open").isEqualTo(true)
                .jsonPath("$.currentCase.caseworkerName").isEqualTo("Test " + caseworker)
                .jsonPath("$.currentCase.openedAt").value(at -> assertThat(Instant.parse((String) at)).isNotNull());

        assertThat(data.auditCount(child, caseworker, "READ")).isEqualTo(1);
    }

    @Test
    void listsAndReturnsCasesWithTheirOpenDeadlines() {
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String rule = jdbc.sql("select min(id) from deadline_rule where version = 1").query(String.class).single();
        jdbc.sql("""
                insert into deadline (rule_id, rule_version, title, subject_type, subject_id, case_id, child_id,
                                      triggered_at, due_at)
                values (?, 1, 'Børnesamtale', 'case', ?, ?, ?, now(), ?)""")
                .param(rule).param(caseId).param(caseId).param(child).param(Timestamp.from(due)).update();

        get("/api/v1/cases?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(caseId)
                .jsonPath("$.items[0].nextDeadline.title").isEqualTo("Børnesamtale")
                .jsonPath("$.items[0].nextDeadline.dueAt").isEqualTo(due.toString());
        get("/api/v1/cases/{id}", caseId).expectStatus().isOk().expectBody()
                .jsonPath("$.caseFile.childId").isEqualTo(child)
                .jsonPath("$.maskedCpr").value(cpr -> assertThat((String) cpr).endsWith("-xxxx"))
                .jsonPath("$.openDeadlines[0].rule").isEqualTo(rule);

        assertThat(data.auditCount(child, caseworker, "READ")).isEqualTo(2);
    }

    @Test
    void closedCasesAreListedOnlyOnRequest() {
        jdbc.sql("update case_file set closed_at = now(), phase = 'CLOSED' where id = ?").param(caseId).update();

        get("/api/v1/cases?q={q}", lastName).expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        get("/api/v1/cases?q={q}&includeClosed=true", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].phase.label").isEqualTo("Lukket");
    }

    @Test
    void badParametersAnswer400WithADanishProblemDetail() {
        get("/api/v1/children?page=abc").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Ugyldig forespørgsel")
                .jsonPath("$.detail").isEqualTo("Parameteren 'page' har en ugyldig værdi: 'abc'.");
        get("/api/v1/cases?size=1000").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").isEqualTo("size skal være mellem 1 og 100.");
    }

    @Test
    void unknownChildCaseOrAddressAnswers404AsProblemDetailEvenForABrowser() {
        get("/api/v1/children/{id}", Long.MAX_VALUE).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/v1/children/" + Long.MAX_VALUE);
        get("/api/v1/cases/{id}", Long.MAX_VALUE).expectStatus().isNotFound();
        api.get().uri("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML)
                .headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec get(String uri, Object... variables) {
        return api.get().uri(uri, variables).headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).exchange();
    }
}
