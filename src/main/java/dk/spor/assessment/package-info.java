/**
 * Udredning: the conversations with the child and family, the screening (barnets lov § 18), the afdækning
 * (§ 19) and the børnefaglig undersøgelse (§§ 20–23) structured by the ICS triangle, the information requests
 * they send, and the socialfaglige vurderinger that conclude them. Moves the case through its phases and
 * publishes an event for every step that starts or stops a clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Udredning")
package dk.spor.assessment;
