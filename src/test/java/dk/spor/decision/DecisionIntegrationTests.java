package dk.spor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.spor.organisation.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class DecisionIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aSupportiveDecisionMovesTheCaseToARunningInterventionAndIsInTheChronology() {
        long team = data.team("Afgørelse");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Freja", "Holm");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'DECISION' where id = ?").param(caseId).update();

        assertThat(post(caseworker, caseId, "SUPPORTIVE", "BL-32", "Familiebehandling", "Jeg vil have færre skænderier"))
                .hasStatus3xxRedirection();

        assertThat(jdbc.sql("select phase from case_file where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("INTERVENTION");
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = 'decision.made'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void supportDecidedDuringAnOpenInvestigationRunsAlongsideItButAfterItMovesTheCaseOn() {
        long team = data.team("Afgørelse");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Asger", "Vinther");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'CHILD_INVESTIGATION' where id = ?").param(caseId).update();
        long investigation = jdbc.sql("""
                insert into investigation (case_id, kind, awareness_date, start_reason, started_by, started_at)
                values (?, 'CHILD_INVESTIGATION', current_date - 40, 'Screeningens udfald', ?, now()) returning id""")
                .param(caseId).param(data.userId(caseworker)).query(Long.class).single();

        post(caseworker, caseId, "SUPPORTIVE", "BL-32", "Aflastning", "Jeg vil gerne være hos farmor i weekenden");
        assertThat(phaseOf(caseId)).as("parallel support (T9)").isEqualTo("CHILD_INVESTIGATION");

        jdbc.sql("update investigation set completed_at = now() where id = ?").param(investigation).update();
        post(caseworker, caseId, "SUPPORTIVE", "BL-32", "Familiebehandling", "Jeg vil have, at vi skændes mindre");
        assertThat(phaseOf(caseId)).isEqualTo("INTERVENTION");
    }

    private String phaseOf(long caseId) {
        return jdbc.sql("select phase from case_file where id = ?").param(caseId).query(String.class).single();
    }

    @Test
    void withoutTheChildsViewNothingIsSavedAndTheFormKeepsWhatWasTyped() {
        long team = data.team("Afgørelse");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Karl", "Dam");
        long caseId = data.openCase(child, team, data.userId(caseworker));

        assertThat(post(caseworker, caseId, "SUPPORTIVE", "BL-32", "Aflastning", ""))
                .hasStatusOk().bodyText().contains("Barnets synspunkt skal fremgå af afgørelsen")
                .containsPattern("id=\"childView-error\"[^>]*>Barnets synspunkt skal fremgå")
                .contains("Aflastning weekend hver anden uge");
        assertThat(jdbc.sql("select count(*) from decision where case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void placementWithoutACompletedInvestigationIsRefused() {
        long team = data.team("Afgørelse");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ella", "Bro");
        long caseId = data.openCase(child, team, data.userId(caseworker));

        assertThat(post(caseworker, caseId, "PLACEMENT", "BL-46", "Plejefamilie", "Jeg vil bo hos min moster"))
                .hasStatusOk().bodyText().contains("En anbringelse kræver en afsluttet børnefaglig undersøgelse");
    }

    @Test
    void theDecisionLetterIsATaggedPdfWithEmbeddedFontAndTheExportIsAudited() throws Exception {
        long team = data.team("Afgørelse");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Sofie", "Ærø");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'DECISION' where id = ?").param(caseId).update();
        post(caseworker, caseId, "SUPPORTIVE", "BL-32", "Fast kontaktperson", "Jeg vil gerne have en voksen at tale med");
        long decision = jdbc.sql("select id from decision where case_id = ?").param(caseId).query(Long.class).single();

        byte[] pdf = mvc.get().uri("/afgoerelser/{id}.pdf", decision).with(data.as(caseworker)).exchange()
                .getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Sofie Ærø").contains("Klagevejledning")
                    .contains("Jeg vil gerne have en voksen at tale med");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            var font = document.getPage(0).getResources().getFontNames().iterator().next();
            assertThat(document.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'EXPORT'").param(child)
                .query(Long.class).single()).isEqualTo(1);
    }

    private MvcTestResult post(String user, long caseId, String type, String basis, String subtype, String childView) {
        return mvc.post().uri("/sager/{id}/afgoerelser", caseId).with(data.as(user)).with(csrf())
                .param("type", type).param("legalBasisId", basis).param("subtype", subtype)
                .param("purpose", "Aflastning weekend hver anden uge").param("expectedEffect", "Mere overskud hos mor")
                .param("expectedDurationMonths", "6").param("childView", childView).param("decidedOn", "2026-11-20")
                .param("complaintGuidance", Decisions.DEFAULT_COMPLAINT_GUIDANCE).exchange();
    }
}
