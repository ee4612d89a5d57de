/**
 * The caseworker's workspace: role-specific start pages, the case lists and the child's page. Composes the other
 * modules' read APIs; owns no domain rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arbejdsplads")
package dk.spor.workspace;
