package dk.spor.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem details (RFC 9457) for the JSON API with a Danish title, and a Danish detail unless one is given. The one
 * place for the API's error texts, whether the error comes from a controller, from routing or from security.
 */
public final class ApiProblems {

    private record Text(String title, String detail) {
    }

    private static final Map<Integer, Text> DANISH = Map.of(
            400, new Text("Ugyldig forespørgsel", "Forespørgslen kunne ikke forstås. Se API-dokumentationen."),
            401, new Text("Login kræves", "Log ind med HTTP Basic og dit Spor-brugernavn og din adgangskode. "
                    + "Efter for mange mislykkede forsøg er kontoen midlertidigt spærret."),
            403, new Text("Ingen adgang", "Din rolle giver ikke adgang til denne handling."),
            404, new Text("Findes ikke", "Ressourcen findes ikke, eller du har ikke adgang til den."),
            405, new Text("Metoden er ikke tilladt", "Adressen understøtter ikke denne HTTP-metode."),
            406, new Text("Formatet kan ikke leveres", "API'et svarer med JSON (application/json)."),
            415, new Text("Formatet understøttes ikke", "Send data som JSON (application/json)."),
            500, new Text("Der opstod en fejl",
                    "Der opstod en uventet fejl. Prøv igen, og kontakt support, hvis fejlen fortsætter."));

    private ApiProblems() {
    }

    public static ProblemDetail of(HttpStatusCode status) {
        return of(status, null);
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        Text text = DANISH.getOrDefault(status.value(), DANISH.get(status.is4xxClientError() ? 400 : 500));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? text.detail() : detail);
        problem.setTitle(text.title());
        return problem;
    }
}
