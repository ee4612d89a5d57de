package dk.spor.organisation;

/** A security principal (form login, HTTP Basic or OIDC) that carries the Spor user. */
public interface SporPrincipal {
    CurrentUser currentUser();
}
