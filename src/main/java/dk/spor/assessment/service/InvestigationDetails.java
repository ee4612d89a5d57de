package dk.spor.assessment.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import dk.spor.assessment.domain.InformationRequest;
import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.InvestigationPlan;
import dk.spor.assessment.domain.InvestigationSection;

/** An investigation with its plan, sections and requests, and where it stands against its deadline today. */
public record InvestigationDetails(Investigation investigation, InvestigationPlan plan,
        List<InvestigationSection> sections, List<RequestStatus> informationRequests, LocalDate dueDate,
        Long daysLeft, boolean overdue, boolean preliminaryAssessmentRequired, boolean assessed) {

    static InvestigationDetails of(Investigation investigation, InvestigationPlan plan,
            List<InvestigationSection> sections, List<InformationRequest> requests, boolean assessed,
            LocalDate today) {
        return new InvestigationDetails(investigation, plan, sections,
                requests.stream().map(r -> new RequestStatus(r, r.isOverdueOn(today), r.daysOverdueOn(today))).toList(),
                investigation.dueDate(), investigation.daysLeftOn(today), investigation.isOverdueOn(today),
                investigation.needsPreliminaryAssessmentOn(today), assessed);
    }

    public long overdueRequestCount() {
        return informationRequests.stream().filter(RequestStatus::overdue).count();
    }

    /** The ICS sections grouped by the triangle's side, in order. */
    public List<List<InvestigationSection>> sectionsBySide() {
        return sections.stream()
                .collect(Collectors.groupingBy(s -> s.dimension().side(), LinkedHashMap::new, Collectors.toList()))
                .values().stream().toList();
    }

    /** A request and whether its reply is overdue today. */
    public record RequestStatus(InformationRequest request, boolean overdue, long daysOverdue) {
    }
}
