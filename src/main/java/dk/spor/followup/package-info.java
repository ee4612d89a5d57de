/**
 * Close contact and continuous assessment (løbende vurdering): the contact log with the child, the family, the
 * network, school and provider; the inbox of new information on open cases, where every item stays unassessed
 * until the caseworker records an assessment with an outcome (seed 001 § 4.6, "ny viden skal altid vurderes"); and
 * closing a case with the child's view, once no deadline, intervention or new information is left open
 * (barnets lov §§ 5, 19–20, 95; seed 002b § 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opfølgning og tæt kontakt")
package dk.spor.followup;
