package dk.spor.demo;

import static dk.spor.demo.DemoFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spor.casefile.CasePhase;
import dk.spor.people.RelatedPerson.Relation;
import dk.spor.shared.Cpr;
import org.junit.jupiter.api.Test;

class FamilyGeneratorTests {

    private static final List<DemoFamily> FAMILIES = DemoFixtures.families(DemoFixtures.SEED, 1500);
    private static final List<DemoFamily> SMALL = DemoFixtures.families(DemoFixtures.SEED, 40);

    @Test
    void generatesExactlyTheNumberOfChildrenAskedFor() {
        assertThat(FAMILIES.stream().mapToInt(family -> family.children().size()).sum()).isEqualTo(1500);
        assertThat(SMALL.stream().mapToInt(family -> family.children().size()).sum()).isEqualTo(40);
    }

    @Test
    void childrenAreAged0To17AndEveryCprNumberIsValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (DemoFamily family : FAMILIES) {
            for (DemoFamily.Kid kid : family.children()) {
                Cpr cpr = Cpr.parse(kid.cpr()).orElseThrow();
                assertThat(cpr.birthDate()).isEqualTo(kid.birthDate());
                assertThat(cpr.passesModulus11()).isTrue();
                assertThat(kid.birthDate()).isAfter(LocalDate.of(2026, 3, 10).minusYears(18));
                assertThat(seen.add(kid.cpr())).isTrue();
            }
            family.adults().stream().map(DemoFamily.Adult::cpr).filter(cpr -> cpr != null).forEach(cpr -> {
                assertThat(Cpr.parse(cpr).orElseThrow().passesModulus11()).isTrue();
                assertThat(seen.add(cpr)).isTrue();
            });
        }
    }

    @Test
    void siblingsShareTheirMotherAndAboutAFifthOfFamiliesHaveSeveralChildren() {
        long withSiblings = FAMILIES.stream().filter(family -> family.children().size() > 1).count();
        assertThat(withSiblings * 100.0 / FAMILIES.size()).isBetween(15.0, 30.0);
        for (DemoFamily family : FAMILIES) {
            Set<Integer> mothers = family.ties().stream().filter(tie -> tie.relation() == Relation.MOTHER)
                    .map(DemoFamily.Tie::adult).collect(Collectors.toSet());
            assertThat(mothers).hasSize(1);
            for (int child = 0; child < family.children().size(); child++) {
                int index = child;
                assertThat(family.ties()).anyMatch(tie -> tie.child() == index && tie.custody());
            }
        }
    }

    @Test
    void someFamiliesHaveStepParentsGrandparentsNetworkAndFosterParents() {
        Set<Relation> relations = FAMILIES.stream().flatMap(family -> family.ties().stream())
                .map(DemoFamily.Tie::relation).collect(Collectors.toSet());
        assertThat(relations).containsExactlyInAnyOrder(Relation.values());
    }

    @Test
    void evenASmallDemoHasEveryPhaseAndAnUnassignedCaseInEachTeamsIntake() {
        for (List<DemoFamily> families : List.of(SMALL, FAMILIES)) {
            assertThat(cases(families).map(DemoCase::phase).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(CasePhase.values());
            assertThat(cases(families).filter(c -> c.isOpen() && c.caseworkerId() == null).map(DemoCase::teamId)
                    .collect(Collectors.toSet())).contains(1000L, 1001L, 1002L);
        }
        assertThat(cases(FAMILIES).filter(c -> c.caseworkerId() == null))
                .allMatch(c -> c.phase() == CasePhase.NOTIFICATION_RECEIVED || c.phase() == CasePhase.SCREENING);
    }

    @Test
    void aChildHasAtMostOneOpenCaseAndAnEarlierCaseClosedBeforeTheCurrentOneCameIn() {
        for (DemoFamily family : FAMILIES) {
            for (int child = 0; child < family.children().size(); child++) {
                int index = child;
                List<DemoCase> ofChild = family.cases().stream().filter(c -> c.child() == index).toList();
                assertThat(ofChild.stream().filter(DemoCase::isOpen).count()).isLessThanOrEqualTo(1);
                for (int i = 1; i < ofChild.size(); i++) {
                    assertThat(ofChild.get(i - 1).closedAt()).isBefore(ofChild.get(i).openedAt());
                }
            }
        }
        assertThat(FAMILIES.stream().filter(family -> family.cases().size() > family.children().size())).isNotEmpty();
    }

    @Test
    void awarenessDatesLieInTheLastTwoYearsAndClosedCasesHaveAReason() {
        assertThat(cases(FAMILIES)).allMatch(c -> !c.awarenessDate().isBefore(LocalDate.of(2024, 3, 10)))
                .allMatch(c -> c.isOpen() == (c.phase() != CasePhase.CLOSED))
                .allMatch(c -> c.isOpen() || c.closingReason() != null && c.closedAt().isBefore(NOW));
    }

    @Test
    void chronologiesHold3To25EntriesInOrderBeforeNowWithModuleKinds() {
        Set<String> modules = Set.of("intake", "casefile", "assessment", "decision", "meeting", "contact");
        cases(FAMILIES).forEach(c -> {
            assertThat(c.chronology()).hasSizeBetween(3, 25)
                    .isSortedAccordingTo(Comparator.comparing(DemoCase.Entry::occurredAt))
                    .allMatch(entry -> !entry.occurredAt().isAfter(NOW))
                    .allMatch(entry -> modules.contains(entry.kind().substring(0, entry.kind().indexOf('.'))))
                    .allMatch(entry -> !entry.title().contains("{") && !entry.detail().contains("{"));
            assertThat(c.chronology().get(0).kind()).isEqualTo("intake.received");
            if (!c.isOpen()) {
                assertThat(c.chronology().get(c.chronology().size() - 1).kind()).isEqualTo("casefile.closed");
            }
        });
    }

    @Test
    void deadlinesAreTheCaseworkersAndOnlyOpenWhileTheCaseIsInTheirPhase() {
        cases(FAMILIES).forEach(c -> c.deadlines().forEach(due -> {
            assertThat(due.assigneeId()).isEqualTo(c.caseworkerId());
            assertThat(due.dueAt()).isAfter(due.triggeredAt());
            if (due.metAt() == null) {
                assertThat(c.isOpen()).isTrue();
                assertThat(openIn(due.ruleId())).as(due.ruleId()).contains(c.phase());
            } else {
                assertThat(due.metAt()).isAfter(due.triggeredAt()).isBeforeOrEqualTo(NOW);
            }
        }));
    }

    @Test
    void someOpenDeadlinesAreOverdueAndSomeAreDueWithinAWeek() {
        List<DemoCase.Due> open = cases(FAMILIES).flatMap(c -> c.deadlines().stream())
                .filter(due -> due.metAt() == null).toList();
        long overdue = open.stream().filter(due -> due.dueAt().isBefore(NOW)).count();
        long dueSoon = open.stream().filter(due -> !due.dueAt().isBefore(NOW)
                && due.dueAt().isBefore(NOW.plus(Duration.ofDays(7)))).count();
        assertThat(overdue * 100 / open.size()).isBetween(5L, 30L);
        assertThat(dueSoon * 100 / open.size()).isBetween(5L, 30L);
    }

    private static Set<CasePhase> openIn(String ruleId) {
        return switch (ruleId) {
            case "concern-report.assess-24h" -> Set.of(CasePhase.NOTIFICATION_RECEIVED);
            case "concern-report.confirm-receipt" -> Set.of(CasePhase.NOTIFICATION_RECEIVED,
                    CasePhase.INITIAL_CONVERSATIONS, CasePhase.SCREENING);
            case "child-investigation.complete-4-months" -> Set.of(CasePhase.CHILD_INVESTIGATION);
            case "intervention.first-follow-up", "intervention.next-follow-up", "disability.follow-up-6-weeks" ->
                    Set.of(CasePhase.EARLY_SUPPORT, CasePhase.INTERVENTION);
            default -> Set.of(CasePhase.INTERVENTION);
        };
    }

    private static Stream<DemoCase> cases(List<DemoFamily> families) {
        return families.stream().flatMap(family -> family.cases().stream());
    }
}
