package dk.spor.organisation.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.organisation.NewUser;
import dk.spor.organisation.Role;

/**
 * The "create user" form exactly as typed (all text, so nothing typed is lost to a conversion error).
 * {@code loginMethod} is PASSWORD or OIDC; the password itself is never sent back to the browser.
 */
record UserForm(String username, String fullName, String email, String role, List<String> teamIds, String providerId,
        String loginMethod, String password) {

    static final String PASSWORD = "PASSWORD";
    static final String OIDC = "OIDC";

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(), "", PASSWORD, "");
    }

    /** Unreadable choices become "nothing chosen", which {@link NewUser#problems()} then names. */
    NewUser toNewUser() {
        return new NewUser(username, fullName, email, chosenRole(), chosenTeamIds(), id(providerId),
                OIDC.equals(loginMethod) ? null : Objects.requireNonNullElse(password, ""));
    }

    public boolean hasTeam(long teamId) {
        return teamIds != null && teamIds.contains(Long.toString(teamId));
    }

    public boolean usesPassword() {
        return !OIDC.equals(loginMethod);
    }

    private Role chosenRole() {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

    private Set<Long> chosenTeamIds() {
        return teamIds == null ? Set.of()
                : teamIds.stream().map(UserForm::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
