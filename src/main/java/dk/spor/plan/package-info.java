/**
 * The child's plan (barnets plan, ungeplan; barnets lov § 91) and its goals: set in the family's words, linked to
 * the ICS dimensions and the interventions, reviewed at every follow-up, with the history of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Barnets plan og mål")
package dk.spor.plan;
