package dk.spor.plan.web;

/** Reads the version a form carries; a missing or garbled one never matches, so the save is refused as a conflict. */
final class Parse {

    private Parse() {
    }

    static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
