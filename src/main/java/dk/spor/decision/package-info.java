/**
 * Decisions (afgørelser): on a børnefaglig undersøgelse (barnets lov § 20), early preventive support (§§ 30–31),
 * supportive interventions (§ 32, purpose and expected duration in the decision, § 32 stk. 3) and placement (§ 46,
 * which requires a completed børnefaglig undersøgelse). The child's view is required on every decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Afgørelser")
package dk.spor.decision;
