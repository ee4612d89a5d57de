package dk.spor.measurement.web;

import java.util.List;
import java.util.Map;

import dk.spor.measurement.CaseMeasuring;
import dk.spor.measurement.Instruments;
import dk.spor.measurement.MeasurementRound;
import dk.spor.measurement.MeasurementRounds;
import dk.spor.measurement.Measurements;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.people.People;
import dk.spor.people.RelatedPerson;
import dk.spor.shared.Perspective;
import dk.spor.shared.ValidationFailed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A measurement round at a meeting, on the caseworker's screen or a tablet passed round: start it with the
 * participants, let each answer on their own, and reveal the answers side by side with each one's previous round.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
class MeasurementRoundController {

    /** Empty rows for participants who are not registered on the child, e.g. a teacher or a coach. */
    private static final int EXTRA_ROWS = 3;

    private final MeasurementRounds rounds;
    private final Measurements measurements;
    private final Instruments instruments;
    private final People people;
    private final CurrentUsers currentUsers;

    MeasurementRoundController(MeasurementRounds rounds, Measurements measurements, Instruments instruments,
            People people, CurrentUsers currentUsers) {
        this.rounds = rounds;
        this.measurements = measurements;
        this.instruments = instruments;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "cases";
    }

    /** {@code moede} links the round to a meeting when it is started from the meeting's page. */
    @GetMapping("/sager/{caseId}/maalerunder/ny")
    String newRound(@PathVariable long caseId, @RequestParam(name = "moede", required = false) Long meetingId,
            Model model) {
        CurrentUser user = currentUsers.require();
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        RoundForm form = new RoundForm();
        form.setInstrumentCode("TRIVSELSLINEAL");
        form.setMeetingId(meetingId == null ? null : meetingId.toString());
        form.getParticipants().add(new RoundForm.ParticipantRow(true, measuring.childFirstName(), Perspective.CHILD, null));
        for (RelatedPerson person : people.relationsOf(measuring.childId())) {
            form.getParticipants().add(new RoundForm.ParticipantRow(person.custody(), person.fullName(),
                    isParent(person) ? Perspective.PARENT : Perspective.NETWORK, person.personId()));
        }
        form.getParticipants().add(new RoundForm.ParticipantRow(true, user.fullName(), Perspective.CASEWORKER, null));
        return showNew(measuring, form, Map.of(), model);
    }

    @PostMapping("/sager/{caseId}/maalerunder")
    String start(@PathVariable long caseId, @ModelAttribute("form") RoundForm form, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            MeasurementRound round = rounds.start(user, caseId, form.toRound());
            return "redirect:/maalerunder/" + round.id();
        } catch (ValidationFailed e) {
            return showNew(measurements.measuring(user, caseId), form, e.errors().asMap(), model);
        }
    }

    @GetMapping("/maalerunder/{roundId}")
    String round(@PathVariable long roundId, Model model) {
        return showRound(rounds.round(currentUsers.require(), roundId), model);
    }

    @GetMapping("/maalerunder/{roundId}/deltagere/{participantId}")
    String answerForm(@PathVariable long roundId, @PathVariable long participantId, Model model) {
        return showAnswer(roundId, participantId, new MeasurementForm(), Map.of(), model);
    }

    @PostMapping("/maalerunder/{roundId}/deltagere/{participantId}")
    String answer(@PathVariable long roundId, @PathVariable long participantId,
            @ModelAttribute("form") MeasurementForm form, Model model, RedirectAttributes redirect) {
        try {
            MeasurementRound round = rounds.answer(currentUsers.require(), roundId, participantId, form.getScores(),
                    form.getReason(), form.getStepUp(), form.getStepDown());
            redirect.addFlashAttribute("message", round.revealed() ? "Alle har svaret. Her er svarene."
                    : "Svaret er gemt og skjult, indtil alle har svaret. Giv skærmen videre.");
            return "redirect:/maalerunder/" + roundId;
        } catch (ValidationFailed e) {
            return showAnswer(roundId, participantId, form, e.errors().asMap(), model);
        }
    }

    @PostMapping("/maalerunder/{roundId}/afslut")
    String close(@PathVariable long roundId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            rounds.close(currentUsers.require(), roundId, version);
            redirect.addFlashAttribute("message", "Målerunden er afsluttet. Her er svarene.");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("message", "Runden er ændret imens. Se den nyeste status herunder.");
        }
        return "redirect:/maalerunder/" + roundId;
    }

    private String showNew(CaseMeasuring measuring, RoundForm form, Map<String, String> errors, Model model) {
        while (form.getParticipants().stream().filter(row -> !row.isInclude() && isBlank(row.getName())).count() < EXTRA_ROWS
                && form.getParticipants().size() < 20) {
            form.getParticipants().add(new RoundForm.ParticipantRow(false, "", Perspective.NETWORK, null));
        }
        model.addAttribute("measuring", measuring);
        model.addAttribute("child", people.child(measuring.childId()).orElseThrow());
        model.addAttribute("instruments", instruments.activeMain());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "measurement/round-new";
    }

    private String showRound(MeasurementRound round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("child", people.child(round.childId()).orElseThrow());
        return "measurement/round";
    }

    private String showAnswer(long roundId, long participantId, MeasurementForm form, Map<String, String> errors,
            Model model) {
        CurrentUser user = currentUsers.require();
        MeasurementRound round = rounds.round(user, roundId);
        if (round.revealed()) {
            return "redirect:/maalerunder/" + roundId;
        }
        var participant = round.participants().stream().filter(p -> p.id() == participantId).findFirst()
                .orElseThrow(() -> new dk.spor.shared.NotFound("Participant " + participantId));
        model.addAttribute("round", round);
        model.addAttribute("participant", participant);
        model.addAttribute("instrument", rounds.versionFor(user, round, participantId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "measurement/round-answer";
    }

    private static boolean isParent(RelatedPerson person) {
        return List.of(RelatedPerson.Relation.MOTHER, RelatedPerson.Relation.FATHER, RelatedPerson.Relation.STEP_PARENT,
                RelatedPerson.Relation.FOSTER_PARENT).contains(person.relation());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
