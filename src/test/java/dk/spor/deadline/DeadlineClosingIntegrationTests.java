package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import dk.spor.organisation.Role;
import dk.spor.shared.ValidationFailed;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DeadlineClosingIntegrationTests {

    @Autowired Deadlines deadlines;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aDeadlineClosedAsNoLongerRelevantLeavesTheOpenListsKeepsItsReasonAndIsInTheChronology() {
        long team = data.team("Frist");
        long caseworker = data.userId(data.user(Role.CASEWORKER, team));
        long child = data.child("Sigurd", data.uniqueLastName());
        long caseId = data.openCase(child, team, caseworker);
        long id = jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                      triggered_at, due_at)
                values ('meeting.parent-call', 'Telefonopfølgning', 'CASE', ?, ?, ?, ?, now(), now() + interval '3 days')
                returning id""").param(caseId).param(caseId).param(child).param(caseworker).query(Long.class).single();

        assertThatThrownBy(() -> deadlines.closeAsNoLongerRelevant(id, " ", caseworker, Instant.now()))
                .isInstanceOf(ValidationFailed.class);

        Deadline closed = deadlines.closeAsNoLongerRelevant(id, "Far er flyttet til udlandet og kan ikke træffes.",
                caseworker, Instant.now());

        assertThat(closed.metAt()).isNotNull();
        assertThat(closed.isClosedAsNoLongerRelevant()).isTrue();
        assertThat(closed.closedReason()).isEqualTo("Far er flyttet til udlandet og kan ikke træffes.");
        assertThat(deadlines.openForAssignee(caseworker, 10)).extracting(Deadline::id).doesNotContain(id);
        assertThat(jdbc.sql("select title || ': ' || detail from chronology_entry where case_id = ? and kind = 'deadline.closed'")
                .param(caseId).query(String.class).single())
                .contains("ikke længere relevant").contains("Far er flyttet til udlandet");
        assertThatThrownBy(() -> deadlines.closeAsNoLongerRelevant(id, "Igen", caseworker, Instant.now()))
                .isInstanceOf(ValidationFailed.class);
    }
}
