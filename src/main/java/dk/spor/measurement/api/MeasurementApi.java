package dk.spor.measurement.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dk.spor.measurement.Instrument;
import dk.spor.measurement.Instruments;
import dk.spor.measurement.Measurement;
import dk.spor.measurement.Measurements;
import dk.spor.measurement.NewMeasurement;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Instruments and measurements for integrations, with the same rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
class MeasurementApi {

    private final Instruments instruments;
    private final Measurements measurements;
    private final CurrentUsers currentUsers;

    MeasurementApi(Instruments instruments, Measurements measurements, CurrentUsers currentUsers) {
        this.instruments = instruments;
        this.measurements = measurements;
        this.currentUsers = currentUsers;
    }

    /** The current version of every instrument with items, bands and cut-offs. */
    @GetMapping("/instruments")
    List<Instrument> instruments() {
        return instruments.currentAll();
    }

    @GetMapping("/instruments/{code}")
    Instrument instrument(@PathVariable String code) {
        return instruments.require(code);
    }

    @GetMapping("/instruments/{code}/versions/{version}")
    Instrument instrumentVersion(@PathVariable String code, @PathVariable int version) {
        return instruments.version(code, version).orElseThrow(() -> new NotFound("Instrument " + code + " v" + version));
    }

    @GetMapping("/cases/{caseId}/measurements")
    List<Measurement> ofCase(@PathVariable long caseId) {
        return measurements.ofCase(currentUsers.require(), caseId);
    }

    @GetMapping("/measurements/{id}")
    Measurement measurement(@PathVariable long id) {
        return measurements.measurement(currentUsers.require(), id);
    }

    /** 201 with the measurement; 400 with a Danish message per field (e.g. {@code scores[2]}) when refused. */
    @PostMapping("/cases/{caseId}/measurements")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'PROVIDER')")
    ResponseEntity<Measurement> record(@PathVariable long caseId, @RequestBody MeasurementRequest request) {
        Measurement saved = measurements.record(currentUsers.require(), caseId, request.toMeasurement());
        return ResponseEntity.created(URI.create("/api/v1/measurements/" + saved.id())).body(saved);
    }

    /** A measurement posted by an integration; scores as numbers or text ("7,5"), one per item in order. */
    record MeasurementRequest(String instrumentCode, Long goalId, Perspective perspective, String respondentName,
            Long respondentPersonId, LocalDate measuredOn, List<String> scores, String reason, String stepUp,
            String stepDown) {

        NewMeasurement toMeasurement() {
            return new NewMeasurement(instrumentCode, goalId, perspective, respondentName, respondentPersonId,
                    measuredOn, scores, reason, stepUp, stepDown);
        }
    }
}
