package dk.spor.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user to create. {@code password} is null for a user who signs in only with the municipality's login (OIDC).
 * Caseworkers and team leaders belong to at least one team; a provider's user belongs to exactly one provider.
 */
public record NewUser(String username, String fullName, String email, Role role, Set<Long> teamIds, Long providerId,
        String password) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_PASSWORD_LENGTH = 64;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NewUser {
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        fullName = fullName == null ? "" : fullName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    /** What is wrong, in Danish, by form field; empty when the user can be created. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.put("username", "Skriv et brugernavn på 2-50 tegn: små bogstaver a-z, tal og . _ @ -.");
        }
        if (fullName.isEmpty() || fullName.length() > 100) {
            problems.put("fullName", "Skriv brugerens fulde navn (højst 100 tegn).");
        }
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
            problems.put("email", "Skriv en gyldig e-mailadresse, fx navn@kommune.dk, eller lad feltet stå tomt.");
        }
        if (role == null) {
            problems.put("role", "Vælg en rolle.");
        }
        boolean teamRole = role == Role.CASEWORKER || role == Role.TEAM_LEADER;
        if (teamRole && teamIds.isEmpty()) {
            problems.put("teams", "Vælg mindst ét team for en rådgiver eller faglig leder.");
        } else if (!teamRole && !teamIds.isEmpty()) {
            problems.put("teams", "Kun rådgivere og faglige ledere hører til et team. Fjern markeringen.");
        }
        if (role == Role.PROVIDER && providerId == null) {
            problems.put("provider", "Vælg den udfører, brugeren arbejder for.");
        } else if (role != Role.PROVIDER && providerId != null) {
            problems.put("provider", "Kun en udførers brugere hører til en udfører. Vælg \"Ingen\".");
        }
        if (password != null && (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH)) {
            problems.put("password", "Adgangskoden skal have mindst " + MIN_PASSWORD_LENGTH + " og højst "
                    + MAX_PASSWORD_LENGTH + " tegn.");
        }
        return problems;
    }
}
