package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the story of one case is told from: the child (index in the family, age and the phrasing of names), the
 * team and caseworker (null while the case waits in the team's intake), the unit's providers, the course, and
 * when an earlier case on the child was closed (null if none).
 */
record CaseBrief(int child, int age, LocalDate birthDate, Phrasing phrasing, DemoStaff.Team team, DemoStaff.Member caseworker,
        DemoStaff.Unit unit, CaseCourse course, Instant earlierCaseClosed) {
}
