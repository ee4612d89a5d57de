/**
 * Deadlines (frister): the statutory and local clock of a case, kept as live tasks. Rules are data with their
 * legal source; deadlines are derived from domain events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frister")
package dk.spor.deadline;
