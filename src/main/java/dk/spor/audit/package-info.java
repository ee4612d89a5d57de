/**
 * Audit: an append-only log of every read and write of a child's data (who, when, what, why), and the list of
 * accesses to one child's data that a citizen's insight request (databeskyttelsesforordningen art. 15) needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Logning")
package dk.spor.audit;
