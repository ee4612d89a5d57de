package dk.spor.organisation;

/** An organisation that delivers interventions (udfører): family treatment, contact persons, placement sites. */
public record Provider(long id, String name, String kind, String contact) {
}
