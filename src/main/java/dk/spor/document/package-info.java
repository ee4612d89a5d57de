/**
 * Documents: letters and reports as accessible PDF (PDF/UA) with an embedded font, so a family gets a document
 * a screen reader can read and that looks the same everywhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumenter")
package dk.spor.document;
