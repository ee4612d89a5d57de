package dk.spor.workspace.api;

import dk.spor.audit.AuditLog;
import dk.spor.organisation.CurrentUsers;
import dk.spor.workspace.CaseQuery;
import dk.spor.workspace.ChildOverview;
import dk.spor.workspace.ChildRow;
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

/** Children the signed-in user may see. Every child returned is logged as read. */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Børn", description = "Børn med en sag, som brugeren har adgang til / children the user may see")
class ChildrenApiController {

    private final CurrentUsers currentUsers;
    private final Workspace workspace;
    private final ChildOverview childOverview;
    private final AuditLog audit;

    ChildrenApiController(CurrentUsers currentUsers, Workspace workspace, ChildOverview childOverview,
            AuditLog audit) {
        this.currentUsers = currentUsers;
        this.workspace = workspace;
        this.childOverview = childOverview;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Søg i børn / search children",
            description = "Navn eller CPR-præfiks, sorteret efter efternavn; CPR er maskeret. "
                    + "Name or CPR prefix, sorted by last name; CPR masked.")
    PageResponse<ChildSummaryResponse> children(
            @Parameter(description = "Navn eller CPR-præfiks / name or CPR prefix")
            @RequestParam(defaultValue = "") @Size(max = 100, message = "q må højst have 100 tegn.") String q,
            @Parameter(description = "Side, fra 0 / page, from 0")
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "page skal være 0 eller større.") int page,
            @RequestParam(defaultValue = "25") @Min(value = 1, message = "size skal være mellem 1 og 100.")
            @Max(value = 100, message = "size skal være mellem 1 og 100.") int size) {
        PageOf<ChildRow> result = workspace.searchChildren(currentUsers.require(), new CaseQuery(q), page, size);
        audit.readChildren(result.items().stream().map(ChildRow::childId).toList(), "Søgning i børn (API)");
        return PageResponse.of(result, ChildSummaryResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Et barn / one child",
            description = "Fuldt CPR-nr., forældre og netværk, aktuel sag. 404 hvis barnet ikke findes eller er uden for "
                    + "brugerens adgang. / Full CPR, relations, current case; 404 when unknown or outside access.")
    ChildResponse child(@PathVariable long id) {
        return ChildResponse.of(childOverview.profile(currentUsers.require(), id));
    }
}
