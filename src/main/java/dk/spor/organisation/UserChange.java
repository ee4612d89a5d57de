package dk.spor.organisation;

import java.util.Map;

/** The outcome of an administrator's change to a user: done, or refused with Danish reasons by form field. */
public sealed interface UserChange {

    record Done(long userId) implements UserChange {
    }

    record Refused(Map<String, String> reasons) implements UserChange {

        public Refused {
            reasons = Map.copyOf(reasons);
        }

        static Refused because(String field, String reason) {
            return new Refused(Map.of(field, reason));
        }
    }
}
