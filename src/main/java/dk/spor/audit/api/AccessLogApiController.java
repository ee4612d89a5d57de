package dk.spor.audit.api;

import dk.spor.audit.InsightRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The insight request as JSON, for the municipality's own tools. Administrators only. */
@RestController
@RequestMapping("/api/v1/children")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Indsigt", description = "Adgangslog til borgeres indsigtsanmodninger / access log for insight requests")
class AccessLogApiController {

    private final InsightRequests insight;

    AccessLogApiController(InsightRequests insight) {
        this.insight = insight;
    }

    @GetMapping("/{id}/access-log")
    @Operation(summary = "Alle opslag i barnets oplysninger / every access to the child's data",
            description = "Kun administratorer. Udtrækket logges som EXPORT. / Administrators only; logged as EXPORT.")
    AccessLogResponse accessLog(@PathVariable long id) {
        return AccessLogResponse.of(insight.report(id, "API"));
    }
}
