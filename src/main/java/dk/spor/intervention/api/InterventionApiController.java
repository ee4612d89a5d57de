package dk.spor.intervention.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.spor.intervention.FollowUpCadence;
import dk.spor.intervention.FollowUpCadences;
import dk.spor.intervention.Intervention;
import dk.spor.intervention.InterventionCourse;
import dk.spor.intervention.InterventionDraft;
import dk.spor.intervention.Interventions;
import dk.spor.intervention.NewCadence;
import dk.spor.intervention.WaitingTime;
import dk.spor.organisation.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's interventions and follow-up cadence as JSON, under the same access rules and audit as the pages. */
@RestController
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
@Tag(name = "Indsatser")
class InterventionApiController {

    private static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    private final Interventions interventions;
    private final InterventionCourse course;
    private final FollowUpCadences cadences;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InterventionApiController(Interventions interventions, InterventionCourse course, FollowUpCadences cadences,
            CurrentUsers currentUsers, Clock clock) {
        this.interventions = interventions;
        this.course = course;
        this.cadences = cadences;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/api/v1/cases/{caseId}/interventions")
    @Operation(summary = "Sagens indsatser med ventetid fra bevilling til start")
    List<InterventionResource> interventions(@PathVariable long caseId) {
        LocalDate today = LocalDate.now(clock);
        return interventions.ofCase(currentUsers.require(), caseId).stream()
                .map(i -> new InterventionResource(i, i.waitingTime(today, interventions.waitLimitDays()))).toList();
    }

    @PostMapping("/api/v1/cases/{caseId}/interventions")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Bevilg en indsats, fra en afgørelse (decisionId) eller uden")
    ResponseEntity<InterventionResource> grant(@PathVariable long caseId, @RequestBody InterventionDraft draft) {
        long id = course.grant(currentUsers.require(), caseId, draft);
        Intervention granted = interventions.intervention(currentUsers.require(), caseId, id);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/interventions/" + id))
                .body(new InterventionResource(granted, granted.waitingTime(LocalDate.now(clock),
                        interventions.waitLimitDays())));
    }

    @GetMapping("/api/v1/cases/{caseId}/follow-up-cadence")
    @Operation(summary = "Sagens gældende opfølgningskadence og tidligere kadencer, nyeste først")
    List<FollowUpCadence> cadence(@PathVariable long caseId) {
        interventions.ofCase(currentUsers.require(), caseId);
        return cadences.history(caseId);
    }

    @PostMapping("/api/v1/cases/{caseId}/follow-up-cadence")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Beslut sagens opfølgningskadence med begrundelse og barnets ønske")
    ResponseEntity<FollowUpCadence> decideCadence(@PathVariable long caseId, @RequestBody NewCadence cadence) {
        return ResponseEntity.status(201).body(cadences.decide(currentUsers.require(), caseId, cadence));
    }

    record InterventionResource(Intervention intervention, WaitingTime waitingTime) {
    }
}
