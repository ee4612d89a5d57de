package dk.spor.portal;

/** A link just made: the only moment its token exists outside the respondent's hands. */
public record CreatedLink(OneTimeLink link, String token) {

    /** The path of the answer page, e.g. {@code /svar/Qx…}; the caller adds the server's address. */
    public String path() {
        return "/svar/" + token;
    }
}
