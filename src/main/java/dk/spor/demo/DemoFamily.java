package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.people.Child.Gender;
import dk.spor.people.RelatedPerson.Relation;

/**
 * One generated family: the children the municipality knows, the adults around them, how they are related, and
 * the children's cases. Relations and cases point at children and adults by their index in this family.
 */
record DemoFamily(List<Kid> children, List<Adult> adults, List<Tie> ties, List<DemoCase> cases) {

    record Address(String street, String postcode, String city) {
    }

    record Kid(String cpr, String firstName, String lastName, LocalDate birthDate, Gender gender, Address address,
            String institution, Instant knownSince) {
    }

    /** A parent, step-parent, grandparent or network person; network persons have no CPR number on file. */
    record Adult(String cpr, String firstName, String lastName, String phone, Address address) {
    }

    record Tie(int child, int adult, Relation relation, boolean custody, boolean livesWith, String note) {
    }
}
