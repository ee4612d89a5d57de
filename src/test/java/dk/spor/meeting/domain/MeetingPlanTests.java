package dk.spor.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class MeetingPlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final List<NewParticipant> PARENT = List.of(new NewParticipant(Perspective.PARENT, "Mette", "Mor", 1L));

    @Test
    void whenTheChildAttendsExtraTimeMustBeSetAside() {
        assertThat(plan(true, 0, PARENT).validate(TODAY).asMap()).containsKey("extraMinutes");
        assertThat(plan(true, 30, PARENT).validate(TODAY).isEmpty()).isTrue();
        assertThat(plan(false, null, PARENT).validate(TODAY).isEmpty()).isTrue();
    }

    @Test
    void aMeetingNeedsParticipantsAndAPlace() {
        var errors = new MeetingPlan("STARTUP", TODAY, LocalTime.NOON, 90, " ", null, false, null, false, null,
                List.of()).validate(TODAY).asMap();

        assertThat(errors).containsKeys("place", "participants");
    }

    private static MeetingPlan plan(boolean childAttends, Integer extra, List<NewParticipant> participants) {
        return new MeetingPlan("STARTUP", TODAY.plusDays(3), LocalTime.of(9, 30), 90, "Familiehuset", null,
                childAttends, extra, true, null, participants);
    }
}
