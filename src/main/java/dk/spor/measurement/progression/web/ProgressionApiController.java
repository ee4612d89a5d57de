package dk.spor.measurement.progression.web;

import java.time.Instant;
import java.util.List;

import dk.spor.measurement.progression.AlertRow;
import dk.spor.measurement.progression.ChartData;
import dk.spor.measurement.progression.PreviousNewest;
import dk.spor.measurement.progression.ProgressionPage;
import dk.spor.measurement.progression.ProgressionView;
import dk.spor.organisation.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The child's progression as JSON: the same data as the page, read and audited the same way. */
@RestController
@Tag(name = "Progression", description = "Barnets progression på et måleredskab / the child's progression")
class ProgressionApiController {

    private final ProgressionView view;
    private final CurrentUsers currentUsers;

    ProgressionApiController(ProgressionView view, CurrentUsers currentUsers) {
        this.view = view;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/children/{childId}/progression")
    @Operation(summary = "Barnets progression / the child's progression",
            description = "En linje pr. deltager på det valgte redskab, markeringer på tidsaksen, forrige og nyeste "
                    + "pr. deltager, målopfyldelse pr. mål og advarsler. 404 hvis barnet er uden for brugerens adgang. "
                    + "/ One line per participant, time-axis markers, previous vs newest, goal attainment, alerts.")
    ProgressionResponse progression(@PathVariable long childId,
            @Parameter(description = "Redskabets kode, fx TRIVSELSLINEAL, ORS, SRS / instrument code")
            @RequestParam(name = "instrument", required = false) String instrument) {
        ProgressionPage page = view.page(currentUsers.require(), childId, instrument);
        return new ProgressionResponse(childId,
                page.instruments().stream().map(i -> new InstrumentResponse(i.code(), i.name())).toList(),
                page.chart(), page.previousNewest(),
                page.goalAttainment().stream().map(g -> new GoalResponse(g.goal().id(), g.goal().title(),
                        g.goal().status().name(), g.scores())).toList(),
                page.alerts().stream().map(AlertResponse::of).toList());
    }

    record ProgressionResponse(long childId, List<InstrumentResponse> instruments, ChartData chart,
            List<PreviousNewest> previousNewest, List<GoalResponse> goalAttainment, List<AlertResponse> alerts) {
    }

    record InstrumentResponse(String code, String name) {
    }

    record GoalResponse(long goalId, String title, String status, List<ProgressionPage.GoalScore> scores) {
    }

    record AlertResponse(long id, long caseId, String kind, String title, String detail, Instant raisedAt,
            Instant resolvedAt, String resolution) {

        static AlertResponse of(AlertRow row) {
            return new AlertResponse(row.id(), row.caseId(), row.kind().name(), row.title(), row.detail(),
                    row.raisedAt(), row.resolvedAt(), row.resolution());
        }
    }
}
