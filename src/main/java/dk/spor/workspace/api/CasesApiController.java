package dk.spor.workspace.api;

import dk.spor.audit.AuditLog;
import dk.spor.organisation.CurrentUsers;
import dk.spor.workspace.CaseQuery;
import dk.spor.workspace.CaseRow;
import dk.spor.workspace.ChildOverview;
import dk.spor.workspace.PageOf;
import dk.spor.workspace.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases the signed-in user may see. Every case returned is logged as a read of its child's data. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Sager", description = "Sager, som brugeren har adgang til / cases the user may see")
class CasesApiController {

    private final CurrentUsers currentUsers;
    private final Workspace workspace;
    private final ChildOverview childOverview;
    private final AuditLog audit;

    CasesApiController(CurrentUsers currentUsers, Workspace workspace, ChildOverview childOverview, AuditLog audit) {
        this.currentUsers = currentUsers;
        this.workspace = workspace;
        this.childOverview = childOverview;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Søg i sager / search cases",
            description = "Åbne sager (og lukkede med includeClosed=true), sorteret efter barnets efternavn. "
                    + "Open cases (closed too with includeClosed=true), sorted by the child's last name.")
    PageResponse<CaseSummaryResponse> cases(
            @Parameter(description = "Barnets navn eller CPR-præfiks / child's name or CPR prefix")
            @RequestParam(defaultValue = "") @Size(max = 100, message = "q må højst have 100 tegn.") String q,
            @RequestParam(defaultValue = "false") boolean includeClosed,
            @Parameter(description = "Side, fra 0 / page, from 0")
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "page skal være 0 eller større.") int page,
            @RequestParam(defaultValue = "25") @Min(value = 1, message = "size skal være mellem 1 og 100.")
            @Max(value = 100, message = "size skal være mellem 1 og 100.") int size) {
        PageOf<CaseRow> result = workspace.searchCases(currentUsers.require(), new CaseQuery(q), includeClosed, page,
                size);
        audit.readChildren(result.items().stream().map(CaseRow::childId).toList(), "Søgning i sager (API)");
        return PageResponse.of(result, CaseSummaryResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En sag / one case",
            description = "404 hvis sagen ikke findes eller er uden for brugerens adgang. "
                    + "404 when unknown or outside the user's access.")
    CaseDetailResponse caseFile(@PathVariable long id) {
        return CaseDetailResponse.of(childOverview.caseDetail(currentUsers.require(), id));
    }
}
