package dk.spor.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.spor.portal.LinkQuestion;
import dk.spor.portal.LinkUnavailable;
import dk.spor.portal.OneTimeLinks;
import dk.spor.shared.ValidationFailed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer page behind a one-time link, {@code /svar/{token}}: no login, mobile first, first names only. An unknown,
 * used or expired link gets a kind message instead.
 */
@Controller
class AnswerController {

    private final OneTimeLinks links;

    AnswerController(OneTimeLinks links) {
        this.links = links;
    }

    @GetMapping("/svar/{token}")
    String question(@PathVariable String token, Model model) {
        LinkQuestion question = links.open(token);
        List<String> start = question.instrument().items().stream()
                .map(item -> dk.spor.measurement.ScoreValues.format(item.middle())).toList();
        return show(token, question, start, null, null, null, Map.of(), model);
    }

    @PostMapping("/svar/{token}")
    String answer(@PathVariable String token, @RequestParam(name = "scores", required = false) List<String> scores,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String stepUp,
            @RequestParam(required = false) String stepDown, Model model, HttpServletResponse response) {
        List<String> typed = scores == null ? List.of() : new ArrayList<>(scores);
        try {
            links.answer(token, typed, reason, stepUp, stepDown);
            return "portal/thanks";
        } catch (ValidationFailed e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(token, links.open(token), typed, reason, stepUp, stepDown, e.errors().asMap(), model);
        }
    }

    @ExceptionHandler(LinkUnavailable.class)
    String unavailable(LinkUnavailable e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason() == LinkUnavailable.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        model.addAttribute("reason", e.reason().name());
        return "portal/unavailable";
    }

    private static String show(String token, LinkQuestion question, List<String> scores, String reason, String stepUp,
            String stepDown, Map<String, String> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("question", question);
        model.addAttribute("scores", scores);
        model.addAttribute("reason", reason);
        model.addAttribute("stepUp", stepUp);
        model.addAttribute("stepDown", stepDown);
        model.addAttribute("errors", errors);
        return "portal/answer";
    }
}
