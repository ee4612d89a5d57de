package dk.spor.assessment.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.spor.assessment.domain.EditConflict;
import dk.spor.assessment.domain.InformationReply;
import dk.spor.assessment.domain.InformationRequest;
import dk.spor.assessment.domain.NewInformationRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InformationRequestRepository {

    private static final String SELECT = """
            select id, investigation_id, recipient_kind, recipient_name, purpose, questions, reply_due, consent_basis,
                   without_consent_justification, sent_on, received_on, reply_summary, version
              from information_request""";

    private final JdbcClient jdbc;

    InformationRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long investigationId, NewInformationRequest request, long actorId) {
        return jdbc.sql("""
                insert into information_request (investigation_id, recipient_kind, recipient_name, purpose, questions,
                                                 reply_due, consent_basis, without_consent_justification, sent_on,
                                                 sent_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(investigationId).param(request.recipientKind().name()).param(request.recipientName())
                .param(request.purpose()).param(request.questions()).param(request.replyDue())
                .param(request.consentBasis().name()).param(request.withoutConsentJustification())
                .param(request.sentOn()).param(actorId).query(Long.class).single();
    }

    Optional<InformationRequest> find(long investigationId, long id) {
        return jdbc.sql(SELECT + " where investigation_id = ? and id = ?").param(investigationId).param(id)
                .query(InformationRequest.class).optional();
    }

    /** The investigation's requests: those awaiting a reply first, by deadline. */
    List<InformationRequest> ofInvestigation(long investigationId) {
        return jdbc.sql(SELECT + " where investigation_id = ? order by received_on is not null, reply_due, id")
                .param(investigationId).query(InformationRequest.class).list();
    }

    void receive(InformationRequest request, InformationReply reply, long actorId, Instant at) {
        int updated = jdbc.sql("""
                update information_request set received_on = ?, reply_summary = ?, received_by = ?,
                       version = version + 1
                 where id = ? and version = ?""")
                .param(reply.receivedOn()).param(reply.replySummary()).param(actorId).param(request.id())
                .param(request.version()).update();
        if (updated == 0) {
            throw EditConflict.savedBySomeoneElse("Anmodningen");
        }
    }
}
