package dk.spor.assessment.service;

/** A record read for a page, with the case and child it belongs to. */
public record CasePage<T>(CaseHeading heading, T content) {
}
