/**
 * Meetings with the child, the family and the network (barnets lov §§ 4-5 on involving the child, § 95 on following
 * up interventions): meeting types as data with participants, agenda templates, tools and follow-up tasks; planning
 * with the child's extra time and supporter (bisidder); minutes with the child's view and Signs of Safety per goal,
 * closed only with the next follow-up date; and the phone call to each parent after the meeting (local practice).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Møder")
package dk.spor.meeting;
