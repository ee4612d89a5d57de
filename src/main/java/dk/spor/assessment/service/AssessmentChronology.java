package dk.spor.assessment.service;

import java.time.Instant;

import dk.spor.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** Writes the module's chronology lines; kinds start with "assessment." so the child's page can filter on them. */
@Component
class AssessmentChronology {

    /** The chronology shows the gist; the full text stays on the record it points to. */
    static final int DETAIL_LENGTH = 280;

    private final CaseFiles caseFiles;

    AssessmentChronology(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    void record(long caseId, Instant at, String kind, String title, String detail, long actorId) {
        caseFiles.record(caseId, at, "assessment." + kind, title, excerpt(detail), actorId);
    }

    static String excerpt(String text) {
        if (text == null || text.length() <= DETAIL_LENGTH) {
            return text;
        }
        return text.substring(0, DETAIL_LENGTH - 1).stripTrailing() + "…";
    }
}
