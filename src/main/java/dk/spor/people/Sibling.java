package dk.spor.people;

import java.time.LocalDate;

/** Another child who shares a parent with the child. */
public record Sibling(long childId, String firstName, String lastName, LocalDate birthDate) {
}
