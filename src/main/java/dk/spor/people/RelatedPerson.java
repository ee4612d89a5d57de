package dk.spor.people;

/** An adult related to a child: a parent, custody holder or network person, seen from the child. */
public record RelatedPerson(long personId, String firstName, String lastName, String phone, String email,
        String address, Relation relation, boolean custody, boolean livesWith) {

    public enum Relation {
        MOTHER("Mor"), FATHER("Far"), STEP_PARENT("Papforælder"), FOSTER_PARENT("Plejeforælder"),
        GRANDPARENT("Bedsteforælder"), OTHER_FAMILY("Anden familie"), NETWORK("Netværk");

        private final String danishLabel;

        Relation(String danishLabel) {
            this.danishLabel = danishLabel;
        }

        public String danishLabel() {
            return danishLabel;
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
