package dk.spor.shared;

/** Input the domain refused, with a Danish message per field. */
public class ValidationFailed extends RuntimeException {

    private final transient FieldErrors errors;

    public ValidationFailed(FieldErrors errors) {
        super("Invalid input: " + errors.asMap().keySet());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
