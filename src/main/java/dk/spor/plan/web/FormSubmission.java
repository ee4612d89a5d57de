package dk.spor.plan.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.spor.plan.EditedBySomeoneElse;
import dk.spor.shared.ValidationFailed;

/**
 * Runs a form's action and returns the Danish messages by field (empty when it saved), so the page can be shown again
 * with everything the user typed. A save over someone else's change comes back under {@link PlanPaths#CONFLICT}.
 */
final class FormSubmission {

    private FormSubmission() {
    }

    static Map<String, String> run(Map<String, String> bindingErrors, Runnable action) {
        Map<String, String> errors = new LinkedHashMap<>(bindingErrors);
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            action.run();
        } catch (ValidationFailed e) {
            errors.putAll(e.errors().asMap());
        } catch (EditedBySomeoneElse e) {
            errors.put(PlanPaths.CONFLICT, e.getMessage());
        }
        return errors;
    }
}
