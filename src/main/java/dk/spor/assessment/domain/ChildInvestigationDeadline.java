package dk.spor.assessment.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * A børnefaglig undersøgelse is finished no later than 4 months after the municipality became aware that the
 * child may need support; otherwise a preliminary assessment is written (barnets lov §§ 20–23). The due day
 * itself is in time. A month without the awareness day ends the period on its last day: 31 October gives
 * 28 (or 29) February.
 */
public final class ChildInvestigationDeadline {

    public static final Period LIMIT = Period.ofMonths(4);

    private ChildInvestigationDeadline() {
    }

    public static LocalDate dueDate(LocalDate awarenessDate) {
        return awarenessDate.plus(LIMIT);
    }
}
