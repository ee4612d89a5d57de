package dk.spor.demo;

import static dk.spor.demo.DemoFixtures.NOW;
import static dk.spor.demo.DemoFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dk.spor.assessment.ConversationKind;
import dk.spor.assessment.ScreeningOutcome;
import dk.spor.casefile.CasePhase;
import dk.spor.decision.DecisionType;
import dk.spor.demo.CaseRecords.Inquiry;
import dk.spor.demo.DemoCase.Subject;
import dk.spor.intake.RepeatConcern;
import org.junit.jupiter.api.Test;

/** The records the demo writes for the intake, assessment and decision modules keep the live modules' rules. */
class DemoRecordsTests {

    private static final List<DemoFamily> FAMILIES = DemoFixtures.families(DemoFixtures.SEED, 1500);
    private static final LocalDate TODAY = NOW.atZone(ZONE).toLocalDate();

    @Test
    void everyCaseHasTheReportThatOpenedItAndAboutOneChildInTenARepeatedConcern() {
        cases().forEach(c -> {
            CaseRecords.Report first = c.records().reports.get(0);
            assertThat(first.receivedAt).isBefore(c.openedAt());
            assertThat(first.content).isNotBlank().doesNotContain("{");
            assertThat(first.categories).isNotEmpty();
            c.records().reports.forEach(report -> assertThat(report.receivedAt).isBefore(NOW));
        });
        long children = FAMILIES.stream().mapToLong(family -> family.children().size()).sum();
        long repeated = cases().filter(c -> c.records().reports.size() == 2
                && RepeatConcern.isRepeatedAt(c.records().reports.stream().map(r -> r.receivedAt).toList(),
                        c.records().reports.get(1).receivedAt)).count();
        assertThat(repeated * 100.0 / children).isBetween(5.0, 12.0);
    }

    @Test
    void reportDeadlinesBelongToTheirReportAndAreMetWhenItWasAssessedOrReceipted() {
        cases().forEach(c -> c.deadlines().stream().filter(due -> due.subject() == Subject.CONCERN_REPORT)
                .forEach(due -> {
                    assertThat(due.subjectIndex()).isLessThan(c.records().reports.size());
                    CaseRecords.Report report = c.records().reports.get(due.subjectIndex());
                    assertThat(due.triggeredAt()).isEqualTo(report.receivedAt);
                    assertThat(due.metAt()).isEqualTo(due.ruleId().equals("concern-report.assess-24h")
                            ? report.assessedAt : report.receiptConfirmedAt);
                }));
        cases().forEach(c -> assertThat(c.deadlines().stream()
                .filter(due -> due.ruleId().startsWith("concern-report.")))
                .allMatch(due -> due.subject() == Subject.CONCERN_REPORT));
        assertThat(cases().flatMap(c -> c.records().reports.stream()).filter(r -> r.receiptConfirmedAt != null))
                .isNotEmpty().allMatch(CaseRecords.Report::needsReceipt);
    }

    @Test
    void theScreeningsOutcomeIsTheRouteTheCaseTook() {
        cases().filter(c -> !c.records().screenings.isEmpty()).forEach(c -> {
            ScreeningOutcome outcome = c.records().screenings.get(0).outcome();
            List<Inquiry> investigations = c.records().investigations;
            switch (outcome) {
                case FOCUSED_ASSESSMENT -> assertThat(investigations.get(0).escalatedAt != null
                        || !investigations.get(0).isChildInvestigation()).isTrue();
                case CHILD_INVESTIGATION -> assertThat(investigations.get(0).isChildInvestigation()
                        && investigations.get(0).escalatedAt == null).isTrue();
                case EARLY_SUPPORT -> assertThat(c.records().decisions)
                        .anyMatch(d -> d.type() == DecisionType.EARLY_SUPPORT);
                case CLOSE -> assertThat(c.isOpen()).isFalse();
            }
        });
        assertThat(cases().flatMap(c -> c.records().screenings.stream()).map(CaseRecords.Screening::outcome))
                .contains(ScreeningOutcome.values());
    }

    @Test
    void theChildIsHeardAloneInOwnWordsOrObserved() {
        assertThat(cases().flatMap(c -> c.records().conversations.stream())
                .filter(talk -> talk.kind().hearsChildDirectly()))
                .isNotEmpty().allMatch(talk -> talk.childsOwnWords() != null && !talk.childsOwnWords().isBlank());
        assertThat(cases().flatMap(c -> c.records().conversations.stream()).map(CaseRecords.Talk::kind))
                .contains(ConversationKind.CHILD_ALONE, ConversationKind.OBSERVATION, ConversationKind.PARENTS,
                        ConversationKind.NETWORK);
    }

    @Test
    void everyOpenChildInvestigationHasItsFourMonthDeadlineWithTheInvestigationAsSubject() {
        cases().forEach(c -> {
            for (int i = 0; i < c.records().investigations.size(); i++) {
                Inquiry investigation = c.records().investigations.get(i);
                int index = i;
                assertThat(investigation.sections).hasSizeBetween(3, 10);
                if (investigation.isChildInvestigation()) {
                    assertThat(c.deadlines()).filteredOn(due -> due.subject() == Subject.INVESTIGATION
                            && due.subjectIndex() == index).singleElement()
                            .satisfies(due -> {
                                assertThat(due.ruleId()).isEqualTo("child-investigation.complete-4-months");
                                assertThat(due.metAt()).isEqualTo(investigation.completedAt);
                            });
                }
                if (investigation.completedAt == null) {
                    assertThat(c.isOpen()).isTrue();
                    assertThat(c.phase()).isIn(CasePhase.FOCUSED_ASSESSMENT, CasePhase.CHILD_INVESTIGATION);
                } else {
                    assertThat(investigation.conclusion).isNotBlank();
                    assertThat(investigation.views.parents()).isNotBlank();
                    assertThat(investigation.views.child() == null)
                            .isNotEqualTo(investigation.views.childMissingReason() == null);
                }
            }
        });
    }

    @Test
    void someCurrentInvestigationsWaitForAnOverdueReply() {
        assertThat(cases().filter(DemoCase::isOpen).flatMap(c -> c.records().investigations.stream())
                .filter(investigation -> investigation.completedAt == null)
                .flatMap(investigation -> investigation.requests.stream())
                .filter(request -> request.receivedOn == null && request.replyDue.isBefore(TODAY))).isNotEmpty();
    }

    @Test
    void everyDecisionHasTheChildsViewOrWhyNotAndTheChildIsAPartyFromTen() {
        FAMILIES.forEach(family -> family.cases().forEach(c -> c.records().decisions.forEach(decision -> {
            LocalDate birthDate = family.children().get(c.child()).birthDate();
            assertThat(decision.views().child() == null).isNotEqualTo(decision.views().childMissingReason() == null);
            assertThat(decision.childIsParty()).isEqualTo(!birthDate.plusYears(10).isAfter(decision.decidedOn()));
            assertThat(decision.decidedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(decision.notifiedOn()).isBetween(decision.decidedOn(), TODAY);
            assertThat(decision.purpose()).isNotBlank();
            if (decision.type().grantsIntervention()) {
                assertThat(decision.expectedEffect()).isNotBlank();
                assertThat(decision.expectedDurationMonths()).isPositive();
            }
        })));
    }

    @Test
    void everyPlacementFollowsACompletedChildInvestigationAndHasItsChildPlanDeadline() {
        List<DemoCase> placements = cases().filter(c -> c.records().decisions.stream()
                .anyMatch(d -> d.type() == DecisionType.PLACEMENT)).toList();
        assertThat(placements).isNotEmpty();
        placements.forEach(c -> {
            int index = indexOf(c, DecisionType.PLACEMENT);
            Instant decided = c.records().decisions.get(index).recordedAt();
            assertThat(c.records().investigations).anyMatch(investigation -> investigation.isChildInvestigation()
                    && investigation.completedAt != null && investigation.completedAt.isBefore(decided));
            assertThat(c.records().decisions).anyMatch(d -> d.type() == DecisionType.CHILD_INVESTIGATION
                    && d.legalBasisId().equals("BL-20"));
            assertThat(c.deadlines()).anyMatch(due -> due.ruleId().equals("child-plan.after-decision")
                    && due.subject() == Subject.DECISION && due.subjectIndex() == index);
        });
    }

    @Test
    void casesPastTheDecisionHaveTheDecisionOnTheirIntervention() {
        cases().filter(c -> c.phase() == CasePhase.INTERVENTION).forEach(c -> assertThat(c.records().decisions)
                .as("decisions of a case in intervention")
                .anyMatch(d -> d.type() == DecisionType.SUPPORTIVE && d.legalBasisId().equals("BL-32")
                        || d.type() == DecisionType.PLACEMENT && d.legalBasisId().equals("BL-46")
                        || c.chronology().stream().anyMatch(e -> e.title().contains("Merudgifter"))));
        cases().filter(c -> c.phase() == CasePhase.EARLY_SUPPORT).forEach(c -> assertThat(c.records().decisions)
                .anyMatch(d -> d.type() == DecisionType.EARLY_SUPPORT && d.legalBasisId().equals("BL-30-31")));
    }

    private static int indexOf(DemoCase c, DecisionType type) {
        for (int i = 0; i < c.records().decisions.size(); i++) {
            if (c.records().decisions.get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("No " + type);
    }

    private static Stream<DemoCase> cases() {
        return FAMILIES.stream().flatMap(family -> family.cases().stream());
    }
}
