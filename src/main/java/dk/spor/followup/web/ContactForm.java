package dk.spor.followup.web;

import dk.spor.followup.ContactChannel;
import dk.spor.followup.Counterpart;
import dk.spor.followup.NewContact;
import dk.spor.shared.FieldErrors;

/** The quick contact form exactly as typed, so nothing is lost when it is shown again with messages. */
public record ContactForm(String channel, String counterpart, String personId, String personName, String occurredAt,
        String summary, String childWords) {

    static ContactForm empty(String now) {
        return new ContactForm(null, null, null, null, now, null, null);
    }

    NewContact toContact(FieldErrors errors) {
        return new NewContact(FormValues.choice(ContactChannel.class, channel),
                FormValues.choice(Counterpart.class, counterpart), FormValues.id("personId", personId, errors),
                personName, FormValues.dateTime("occurredAt", occurredAt, errors), summary, childWords);
    }
}
