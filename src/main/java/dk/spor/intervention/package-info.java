/**
 * Interventions (indsatser): what a decision grants, who delivers it (udfører), when it starts and ends, the goals it
 * works toward, and the follow-up cadence of the case (first follow-up within 3 months of the start, barnets lov
 * § 95). Providers see exactly the children whose running interventions they deliver.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indsatser")
package dk.spor.intervention;
