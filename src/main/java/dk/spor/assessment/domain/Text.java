package dk.spor.assessment.domain;

/** Free text as the domain keeps it: an empty or blank field is no text at all. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text as typed, or null when nothing but whitespace was typed. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
