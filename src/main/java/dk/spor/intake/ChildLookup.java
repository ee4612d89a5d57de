package dk.spor.intake;

/**
 * What the intake form may say about a CPR number as it is typed. A child outside the user's access is only
 * said to be known, so the form leaks no name or case.
 */
public record ChildLookup(Status status, String childName, Integer age, String caseDescription) {

    public enum Status { INVALID, NEW_CHILD, KNOWN, KNOWN_ELSEWHERE }

    static ChildLookup invalid() {
        return new ChildLookup(Status.INVALID, null, null, null);
    }

    static ChildLookup newChild() {
        return new ChildLookup(Status.NEW_CHILD, null, null, null);
    }

    static ChildLookup elsewhere() {
        return new ChildLookup(Status.KNOWN_ELSEWHERE, null, null, null);
    }
}
