/**
 * One-time links for the child, parents and network to answer a measurement without an account (seed 001,
 * Brønderslev: "IT support that makes it possible to answer the forms via phone or iPad"). A link names no CPR number,
 * works once and expires; what is answered lands on the case as a measurement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Svar via engangslink")
package dk.spor.portal;
