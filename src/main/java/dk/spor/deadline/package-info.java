/**
 * Deadlines (frister): the statutory and local clock of a case, kept as live tasks. Rules are versioned data with
 * their legal source (barnets lov §§ 20, 91, 95, 136, 137, 156 and local practice), shipped in
 * {@code deadline-rules.json} and editable by an administrator. A deadline is started by a rule's trigger event
 * ({@link dk.spor.deadline.DeadlineTriggered} or {@link dk.spor.deadline.Deadlines#start}), falls due as
 * {@link dk.spor.deadline.DeadlineDuration} defines on the Danish holiday calendar, is met by the completion event,
 * and escalates to the team leader when overdue ({@link dk.spor.deadline.DeadlineEscalated}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frister")
package dk.spor.deadline;
