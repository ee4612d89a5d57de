package dk.spor.deadline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.deadline.DanishHolidayCalendar;
import dk.spor.deadline.DeadlineRule;
import dk.spor.platform.ClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules shipped in deadline-rules.json, each checked against its source and a due date computed by hand. */
class ShippedRulesTests {

    private static final Map<String, DeadlineRule> RULES = ShippedRules.read().stream()
            .collect(Collectors.toMap(DeadlineRule::id, Function.identity()));
    private static final DanishHolidayCalendar CALENDAR = new DanishHolidayCalendar(java.util.Set.of());

    @Test
    void shipsTheRulesOtherModulesReferByIdInVersionOne() {
        assertThat(RULES).containsOnlyKeys("concern-report.assess-24h", "concern-report.confirm-receipt",
                "child-investigation.complete-4-months", "child-plan.after-decision", "intervention.first-follow-up",
                "placement.supervision-visit", "startup-meeting.book", "meeting.parent-call", "goals.revise",
                "disability.follow-up-6-weeks", "disability.follow-up-3-months", "improvement.progress-meeting");
        assertThat(RULES.values()).allSatisfy(rule -> assertThat(rule.version()).isEqualTo(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "concern-report.assess-24h             | § 136",
            "concern-report.confirm-receipt        | § 137, stk. 1",
            "child-investigation.complete-4-months | § 20, stk. 3",
            "child-plan.after-decision             | § 91, stk. 1 og 2",
            "intervention.first-follow-up          | § 95, stk. 2",
            "placement.supervision-visit           | § 156, stk. 5"})
    void statutoryRulesCiteTheirSectionOfBarnetsLovAndEscalateToTheTeamLeader(String ruleId, String section) {
        DeadlineRule rule = RULES.get(ruleId);
        assertThat(rule.legalReference()).startsWith("Barnets lov").contains(section);
        assertThat(rule.scope()).isEqualTo(DeadlineRule.Scope.NATIONAL);
        assertThat(rule.escalatesToTeamLeader()).isTrue();
    }

    @Test
    void localRulesNameTheirMunicipalityAndDoNotEscalate() {
        assertThat(RULES.get("startup-meeting.book").source()).contains("Herlev");
        assertThat(RULES.get("meeting.parent-call").source()).contains("Fredericia");
        List.of("startup-meeting.book", "meeting.parent-call", "disability.follow-up-6-weeks",
                "disability.follow-up-3-months", "improvement.progress-meeting").forEach(id -> {
                    assertThat(RULES.get(id).scope()).isEqualTo(DeadlineRule.Scope.MUNICIPALITY);
                    assertThat(RULES.get(id).escalatesToTeamLeader()).isFalse();
                });
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // 24 elapsed hours across the spring DST change.
            "concern-report.assess-24h             | 2026-03-28T12:00+01:00 | 2026-03-29T13:00+02:00",
            // Skærtorsdag, langfredag, weekend and 2. påskedag skipped.
            "concern-report.confirm-receipt        | 2026-04-01T09:00+02:00 | 2026-04-14T23:59:59.999999+02:00",
            // Leap year: 31 October + 4 months.
            "child-investigation.complete-4-months | 2027-10-31T00:00+02:00 | 2028-02-29T23:59:59.999999+01:00",
            "child-plan.after-decision             | 2026-11-30T11:00+01:00 | 2027-02-28T23:59:59.999999+01:00",
            // Due on the first day of summer time.
            "intervention.first-follow-up          | 2025-12-29T10:00+01:00 | 2026-03-29T23:59:59.999999+02:00",
            "placement.supervision-visit           | 2026-08-31T10:00+02:00 | 2027-02-28T23:59:59.999999+01:00",
            // Calendar days across Christmas and New Year, not moved off holidays.
            "startup-meeting.book                  | 2026-12-22T15:00+01:00 | 2027-01-05T23:59:59.999999+01:00",
            "meeting.parent-call                   | 2026-03-18T13:00+01:00 | 2026-04-01T23:59:59.999999+02:00",
            "goals.revise                          | 2027-12-31T10:00+01:00 | 2028-02-29T23:59:59.999999+01:00",
            // Six weeks landing on Skærtorsdag.
            "disability.follow-up-6-weeks          | 2026-02-19T10:00+01:00 | 2026-04-02T23:59:59.999999+02:00",
            "disability.follow-up-3-months         | 2027-11-30T10:00+01:00 | 2028-02-29T23:59:59.999999+01:00",
            // Started on the day the clocks go back.
            "improvement.progress-meeting          | 2026-10-25T09:00+01:00 | 2026-11-08T23:59:59.999999+01:00"})
    void everyShippedRuleFallsDueOnTheHandComputedDate(String ruleId, String trigger, String expectedDue) {
        var at = OffsetDateTime.parse(trigger).atZoneSameInstant(ClockConfiguration.DANISH_TIME);

        assertThat(RULES.get(ruleId).duration().dueFrom(at, CALENDAR).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse(expectedDue));
    }
}
