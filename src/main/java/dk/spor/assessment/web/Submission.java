package dk.spor.assessment.web;

import java.util.Optional;
import java.util.function.Supplier;

import dk.spor.assessment.domain.AssessmentRejected;
import dk.spor.assessment.domain.EditConflict;
import dk.spor.casefile.PhaseChangeRejected;
import dk.spor.shared.ValidationFailed;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's action and turns the domain's refusals into form errors, so the page can be shown again with the
 * user's input and a Danish message by each field. Nothing is saved while the form has binding errors.
 */
final class Submission {

    static final String CONFLICT = "conflict";

    private Submission() {
    }

    /** True when the action ran and saved. */
    static boolean run(BindingResult binding, Runnable action) {
        return call(binding, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The action's result (e.g. the new record's id) when it ran and saved. */
    static <T> Optional<T> call(BindingResult binding, Supplier<T> action) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (ValidationFailed e) {
            e.errors().asMap().forEach((field, message) -> {
                if (binding.getFieldType(field) != null) {
                    binding.rejectValue(field, "assessment.invalid", message);
                } else {
                    binding.reject("assessment.invalid", message);
                }
            });
        } catch (EditConflict e) {
            binding.reject(CONFLICT, e.getMessage());
        } catch (AssessmentRejected | PhaseChangeRejected e) {
            binding.reject("assessment.rejected", e.getMessage());
        }
        return Optional.empty();
    }

    static boolean conflicted(BindingResult binding) {
        return binding.getGlobalErrors().stream().anyMatch(error -> CONFLICT.equals(error.getCode()));
    }

    /** The version a form shown again carries: after a conflict the saved one, so saving again is deliberate. */
    static int versionToShow(BindingResult binding, String posted, int saved) {
        return conflicted(binding) ? saved : Forms.version(posted);
    }
}
