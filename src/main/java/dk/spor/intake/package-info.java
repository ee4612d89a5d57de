/**
 * Intake: concern reports (underretninger) and the family's own requests (henvendelser), the assessment of
 * acute danger within 24 hours and the receipt to a professional reporter (barnets lov §§ 133–137,
 * Delvejledning 2). Repeated concern about the same child is made visible.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Underretninger")
package dk.spor.intake;
