package dk.spor.organisation;

/** A team of caseworkers with its leader(s); cases belong to a team. */
public record Team(long id, String name, String description) {
}
