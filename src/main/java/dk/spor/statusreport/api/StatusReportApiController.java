package dk.spor.statusreport.api;

import java.net.URI;
import java.util.List;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Role;
import dk.spor.platform.web.ApiProblems;
import dk.spor.shared.FieldErrors;
import dk.spor.statusreport.StatusReport;
import dk.spor.statusreport.StatusReportRejected;
import dk.spor.statusreport.StatusReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Status reports for integrations: a provider's system sends them, a caseworker's reads them. Same rules and audit as the UI. */
@RestController
@RequestMapping("/api/v1/status-reports")
@Tag(name = "Statusrapporter", description = "Statusrapporter fra udførere på den fælles skabelon / provider status "
        + "reports on the common template")
class StatusReportApiController {

    private final StatusReports reports;
    private final CurrentUsers currentUsers;

    StatusReportApiController(StatusReports reports, CurrentUsers currentUsers) {
        this.reports = reports;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Skriv en statusrapport / write a status report",
            description = "Udføreren skriver om en indsats, organisationen leverer, og som er i gang. Er der allerede "
                    + "en kladde eller en anmodning, skrives der i den. submit=true sender rapporten til rådgiveren. "
                    + "201 med rapportens adresse; 400 med en dansk besked pr. felt; 404 uden for adgangen. / "
                    + "Starts (or continues) the report on a running intervention the provider delivers.")
    ResponseEntity<StatusReportResponse> create(@RequestBody StatusReportRequest request) {
        if (request.interventionId() == null) {
            new FieldErrors().reject("interventionId", "Angiv indsatsen (interventionId).").throwIfAny();
        }
        CurrentUser user = currentUsers.require();
        long id = reports.start(user, request.interventionId());
        StatusReport saved = reports.save(user, id, request.toDraft(), request.submit(),
                reports.report(user, id).version());
        return ResponseEntity.created(URI.create("/api/v1/status-reports/" + id)).body(StatusReportResponse.of(saved));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Ret eller send en kladde / update or submit a draft",
            description = "version skal være den læste; 409 hvis en anden har gemt imellem, eller rapporten er sendt. "
                    + "/ version must be the one read; 409 on a conflict or when the report is already sent.")
    StatusReportResponse update(@PathVariable long id, @RequestBody StatusReportRequest request) {
        int version = request.version() == null ? -1 : request.version();
        return StatusReportResponse.of(reports.save(currentUsers.require(), id, request.toDraft(), request.submit(),
                version));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En statusrapport / one status report",
            description = "Udføreren læser sine egne, mens indsatsen er i gang; rådgiveren læser de sendte. 404 ellers. "
                    + "/ A provider reads its own while the intervention runs; staff read sent ones.")
    StatusReportResponse report(@PathVariable long id) {
        return StatusReportResponse.of(reports.report(currentUsers.require(), id));
    }

    @GetMapping
    @Operation(summary = "Statusrapporter på en sag eller om et barn / reports on a case or about a child",
            description = "Rådgivere: caseId (de sendte fuldt ud, de øvrige kun med status). Udførere: childId (egne "
                    + "rapporter). / Staff pass caseId; providers pass childId.")
    List<StatusReportResponse> list(@RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Long childId) {
        CurrentUser user = currentUsers.require();
        Long id = user.is(Role.PROVIDER) ? childId : caseId;
        if (id == null) {
            new FieldErrors().reject(user.is(Role.PROVIDER) ? "childId" : "caseId",
                    user.is(Role.PROVIDER) ? "Angiv barnet (childId)." : "Angiv sagen (caseId).").throwIfAny();
        }
        List<StatusReport> found = user.is(Role.PROVIDER) ? reports.ofChildForProvider(user, id)
                : reports.ofCase(user, id);
        return found.stream().map(StatusReportResponse::of).toList();
    }

    @ExceptionHandler(StatusReportRejected.class)
    ProblemDetail rejected(StatusReportRejected e) {
        return ApiProblems.of(HttpStatus.CONFLICT, e.getMessage());
    }
}
