package dk.spor.workspace.api;

import java.time.LocalDate;
import java.util.List;

import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;
import dk.spor.workspace.ChildProfile;

/** One child: full CPR number, address, the adults around the child and the current case (null if none). */
record ChildResponse(long id, String cpr, String firstName, String lastName, LocalDate birthDate, String gender,
        String address, String postcode, String city, String school, List<Relation> relations,
        CaseResponse currentCase) {

    /** An adult related to the child. {@code relation} is a code (MOTHER, FATHER, ...) with its Danish label. */
    record Relation(long personId, String firstName, String lastName, String relation, String relationLabel,
            boolean custody, boolean livesWith, String phone, String email) {

        static Relation of(RelatedPerson p) {
            return new Relation(p.personId(), p.firstName(), p.lastName(), p.relation().name(),
                    p.relation().danishLabel(), p.custody(), p.livesWith(), p.phone(), p.email());
        }
    }

    static ChildResponse of(ChildProfile profile) {
        Child child = profile.child();
        return new ChildResponse(child.id(), child.cpr().formatted(), child.firstName(), child.lastName(),
                child.birthDate(), child.gender().name(), child.address(), child.postcode(), child.city(),
                child.school(), profile.relations().stream().map(Relation::of).toList(),
                profile.currentCase() == null ? null
                        : CaseResponse.of(profile.currentCase(), profile.caseworkerName(), profile.teamName()));
    }
}
