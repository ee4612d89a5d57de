package dk.spor.intake.api;

import java.net.URI;

import dk.spor.intake.Intake;
import dk.spor.intake.Registration;
import dk.spor.organisation.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Concern reports for integrations: register one, read one. Same rules and audit as the UI. */
@RestController
@RequestMapping("/api/v1/concern-reports")
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
class ConcernReportApi {

    private final Intake intake;
    private final CurrentUsers currentUsers;

    ConcernReportApi(Intake intake, CurrentUsers currentUsers) {
        this.intake = intake;
        this.currentUsers = currentUsers;
    }

    /** 201 with the new report's address; 400 with a Danish message per field when the input is invalid. */
    @PostMapping
    ResponseEntity<Registration> register(@RequestBody ConcernReportRequest request) {
        Registration registration = intake.register(currentUsers.require(), request.toReport());
        return ResponseEntity.created(URI.create("/api/v1/concern-reports/" + registration.reportId())).body(registration);
    }

    @GetMapping("/{id}")
    ConcernReportResponse report(@PathVariable long id) {
        return ConcernReportResponse.of(intake.report(currentUsers.require(), id));
    }
}
