package dk.spor.people;

import java.time.LocalDate;
import java.time.Period;

import dk.spor.shared.Cpr;

/** The child or young person a case is about. */
public record Child(long id, Cpr cpr, String firstName, String lastName, LocalDate birthDate, Gender gender,
        String address, String postcode, String city, String school, int version) {

    public enum Gender { FEMALE, MALE }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Barnets lov § 5: a child of 10 or more is a party to the case. */
    public boolean isPartyOn(LocalDate date) {
        return ageOn(date) >= 10;
    }
}
