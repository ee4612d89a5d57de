package dk.spor.assessment.web;

import java.time.LocalDate;

import dk.spor.assessment.ConversationKind;
import dk.spor.assessment.domain.NewConversation;
import org.springframework.validation.BindingResult;

/** The conversation form as typed. */
record ConversationForm(String heldOn, String kind, String participants, String twoCaseworkers,
        String twoCaseworkersReason, String childInformed, String childsOwnWords, String summary) {

    static ConversationForm heldToday(LocalDate today) {
        return new ConversationForm(today.toString(), null, null, null, null, null, null, null);
    }

    NewConversation toConversation(BindingResult binding) {
        return new NewConversation(Forms.date("heldOn", heldOn, binding), Forms.choice(ConversationKind.class, kind),
                participants, Forms.ticked(twoCaseworkers), twoCaseworkersReason, Forms.ticked(childInformed),
                childsOwnWords, summary);
    }
}
