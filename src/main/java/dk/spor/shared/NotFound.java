package dk.spor.shared;

/**
 * Something the user asked for does not exist or lies outside their access. Both are answered alike (404), so the
 * answer never tells whether a child or case exists.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
