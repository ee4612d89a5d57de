package dk.spor.assessment;

/** One of the 10 dimensions of the ICS triangle, on one of its 3 sides. Reference data. */
public record IcsDimension(int id, String code, String side, String name, int position) {
}
