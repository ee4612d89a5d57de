/**
 * Status reports (statusudtalelser) on the common template (fælles skabelon, Herlev): the provider (udfører) writes
 * about one running intervention, per goal of the child's plan — attained or not, what was done, what was seen —
 * with the child's own view, the cooperation with the family, concerns and a recommendation, reviews it with the
 * family, and sends it to the caseworker before the follow-up meeting (barnets lov § 95; the caseworker obtains the
 * statements the follow-up needs). Also the provider's view of the children whose running interventions it delivers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statusrapporter")
package dk.spor.statusreport;
