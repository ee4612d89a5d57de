package dk.spor.assessment.domain;

import java.util.Map;

import dk.spor.shared.ValidationFailed;

/** The Danish messages a validation gives per field; empty when the input is valid. */
final class Problems {

    private Problems() {
    }

    static Map<String, String> of(Runnable validation) {
        try {
            validation.run();
            return Map.of();
        } catch (ValidationFailed e) {
            return e.errors().asMap();
        }
    }
}
