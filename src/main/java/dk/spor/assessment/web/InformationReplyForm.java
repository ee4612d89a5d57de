package dk.spor.assessment.web;

import java.time.LocalDate;

import dk.spor.assessment.domain.InformationReply;
import org.springframework.validation.BindingResult;

/** The reply to an information request as typed, with the request's version the user saw. */
record InformationReplyForm(String receivedOn, String replySummary, String version) {

    static InformationReplyForm receivedToday(LocalDate today, int version) {
        return new InformationReplyForm(today.toString(), null, String.valueOf(version));
    }

    InformationReply toReply(BindingResult binding) {
        return new InformationReply(Forms.date("receivedOn", receivedOn, binding), replySummary);
    }
}
