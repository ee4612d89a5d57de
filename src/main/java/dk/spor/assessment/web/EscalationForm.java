package dk.spor.assessment.web;

/** Widening an afdækning to a BFU, as typed. */
record EscalationForm(String reason, String version) {
}
