package dk.spor.workspace;

import java.util.List;

import dk.spor.casefile.CaseFile;
import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;

/** Who the child is, the adults around them and the current case (the open one, else the latest), read under one access check. */
public record ChildProfile(Child child, List<RelatedPerson> relations, CaseFile currentCase, String caseworkerName,
        String teamName) {
}
