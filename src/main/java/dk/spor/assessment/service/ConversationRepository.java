package dk.spor.assessment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dk.spor.assessment.domain.Conversation;
import dk.spor.assessment.domain.NewConversation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConversationRepository {

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, NewConversation conversation, long actorId, Instant at) {
        return jdbc.sql("""
                insert into conversation (case_id, held_on, kind, participants, two_caseworkers, two_caseworkers_reason,
                                          child_informed, childs_own_words, summary, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(conversation.heldOn()).param(conversation.kind().name())
                .param(conversation.participants()).param(conversation.twoCaseworkers())
                .param(conversation.twoCaseworkersReason()).param(conversation.childInformed())
                .param(conversation.childsOwnWords()).param(conversation.summary()).param(actorId)
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    /** The case's conversations, the most recent first. */
    List<Conversation> ofCase(long caseId) {
        return jdbc.sql("""
                select c.id, c.case_id, c.held_on, c.kind, c.participants, c.two_caseworkers, c.two_caseworkers_reason,
                       c.child_informed, c.childs_own_words, c.summary, u.full_name as recorded_by_name, c.recorded_at
                  from conversation c left join app_user u on u.id = c.recorded_by
                 where c.case_id = ?
                 order by c.held_on desc, c.id desc""")
                .param(caseId).query(Conversation.class).list();
    }
}
