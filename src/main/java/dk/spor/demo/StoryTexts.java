package dk.spor.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.spor.casefile.CasePhase;

/** The Danish sentences of the chronology that do not depend on what the case is about. */
final class StoryTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));
    private static final List<String> DESCRIPTIONS = List.of("stille, men vellidt af de andre børn",
            "glad og nysgerrig, men ofte træt", "urolig og let at vippe af pinden", "hjælpsom og meget ansvarsfuld",
            "dygtig, men trukket ind i sig selv det seneste halve år");
    private static final List<String> OBSERVATIONS = List.of(
            "{navn} er nysgerrig og søger kontakt til {mor}, når {han} bliver utryg.",
            "{navn} er stille og søger ikke trøst hos de voksne, men leger godt, når en voksen sætter legen i gang.",
            "{navn} er i god kontakt og falder hurtigt til ro, når {mor} tager {ham} op.");
    private static final List<String> WISHES = List.of("at der bliver mere ro derhjemme", "at {mor} får det bedre",
            "at få lov til at gå til fodbold igen", "at nogen hjælper med lektierne", "at blive boende i sin klasse",
            "at de voksne holder, hvad de lover");
    private static final List<String> CALLS = List.of("{0} oplever, at aftalerne fra mødet holder, og har ingen spørgsmål.",
            "{0} fortæller, at den første uge har været svær, men at det går bedre nu.",
            "{0} er glad for mødet og har talt med barnet om aftalerne.");

    record Closing(String reason, String detail) {
    }

    private StoryTexts() {
    }

    /** "a", "a og b", "a, b og c". */
    static String list(List<String> items) {
        int last = items.size() - 1;
        return last <= 0 ? String.join("", items) : String.join(", ", items.subList(0, last)) + " og " + items.get(last);
    }

    /** The child (from the age of 6), the parents and whoever else takes part, as a list. */
    static String participants(Phrasing text, int age, String... others) {
        List<String> people = new ArrayList<>();
        if (age >= 6) {
            people.add(text.value("navn"));
        }
        people.addAll(text.parents());
        people.addAll(List.of(others));
        return list(people);
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    static String earlierCases(Phrasing text, Instant earlierCaseClosed, ZoneId zone) {
        return earlierCaseClosed == null ? text.fill("Der er ingen tidligere underretninger på {navn}.")
                : text.fill("{navn} har en tidligere sag, som blev lukket " + date(earlierCaseClosed, zone)
                        + ". Den nye underretning ses i sammenhæng med den.");
    }

    /** The second conversation with the child, during the investigation. */
    static String wish(Phrasing text, Dice dice) {
        return text.fill("{navn} fortæller om sin hverdag og sine venner. Adspurgt hvad der skal til, for at det bliver "
                + "bedre, svarer {navn}: " + dice.pick(WISHES) + ". Samtalen er gengivet for {navn}, som er enig i referatet.");
    }

    static String statement(Phrasing text, String source, Dice dice) {
        return text.fill(capitalized(source) + " beskriver {navn} som " + dice.pick(DESCRIPTIONS)
                + " og bekræfter bekymringen.");
    }

    static String observation(Phrasing text, int age, Dice dice) {
        String where = age >= 1 && !"sundhedsplejersken".equals(text.value("skole"))
                ? "i " + text.value("skole") : "under et hjemmebesøg";
        return text.fill("Observation af {navn} " + where + ". " + dice.pick(OBSERVATIONS));
    }

    /** The professional assessment that ends a screening or focused assessment, by where the case goes next. */
    static String conclusion(Phrasing text, CaseCourse course, CasePhase next) {
        return "Socialfaglig vurdering: " + switch (next) {
            case FOCUSED_ASSESSMENT -> "Der er behov for at afdække bekymringen nærmere ud fra de oplysninger, der allerede findes.";
            case CHILD_INVESTIGATION -> "Bekymringen er alvorlig og sammensat. Der iværksættes en børnefaglig undersøgelse.";
            case EARLY_SUPPORT -> text.fill("Der iværksættes en tidlig forebyggende indsats: "
                    + course.concern().earlySupport() + ".");
            case CLOSED -> "Der er ikke grundlag for yderligere tiltag. Forældrene har selv taget hånd om bekymringen.";
            default -> throw new IllegalArgumentException("No conclusion leads to " + next);
        };
    }

    static String decision(Phrasing text, CaseCourse course, int age, String provider) {
        Intervention intervention = course.intervention();
        String what = provider == null ? "Familien bevilges " + intervention.description
                : capitalized(intervention.description) + " hos " + provider;
        String heard = age >= 10 ? " {navn} er part i sagen og er hørt inden afgørelsen."
                : age >= 4 ? " {navn}s synspunkter er inddraget." : "";
        return text.fill(what + " efter " + intervention.legalBasis + ". Formål: " + course.concern().goal()
                + ". Forventet varighed: " + intervention.expectedDurationMonths() + " måneder." + heard);
    }

    static String followUp(Phrasing text, String participants, int age, int[] scores, String adjustment,
            String nextDate) {
        String ruler = age >= 6 ? "{navn} " + scores[0] + " → " + scores[1] + ", {mor} " + scores[2] + " → " + scores[3]
                : "{mor} " + scores[2] + " → " + scores[3];
        int change = scores[1] - scores[0] + scores[3] - scores[2];
        String assessment = change < 0
                ? "Trivslen er faldet siden sidst. Indsatsen justeres: " + adjustment + "."
                : scores[1] >= 8 ? "Målet er tæt på at være nået. Indsatsen fortsætter uændret frem til næste møde."
                : "Udviklingen går den rigtige vej. Ingen justering, fordi målet endnu ikke er nået.";
        return text.fill("Deltagere: " + participants + ". Trivselslinealen: " + ruler + ". " + assessment
                + " Næste opfølgning: " + nextDate + ".");
    }

    static String callAfterMeeting(String parent, Dice dice) {
        return "Opfølgning efter mødet. " + dice.pick(CALLS).replace("{0}", parent);
    }

    static Closing closing(Phrasing text, CaseCourse course, int age, Dice dice) {
        List<CasePhase> route = course.route();
        String reason = switch (route.get(route.size() - 2)) {
            case SCREENING -> dice.chance(0.8) ? "Underretningen gav ikke grundlag for yderligere tiltag"
                    : "Familien er fraflyttet kommunen, og sagen er sendt videre";
            case FOCUSED_ASSESSMENT -> "Barnets behov kan dækkes i almenområdet";
            case EARLY_SUPPORT -> "Den tidlige indsats har virket";
            default -> dice.chance(0.85) ? "Formålet med indsatsen er nået"
                    : "Familien er fraflyttet kommunen, og sagen er overdraget";
        };
        String view = age >= 6 ? " {navn}s perspektiv: {navn} siger, at det går bedre, og er enig i, at sagen lukkes." : "";
        return new Closing(reason, text.fill(reason + ". Forældrene er orienteret om, at de kan henvende sig igen." + view));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
