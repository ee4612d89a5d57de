package dk.spor.demo;

import java.util.ArrayList;
import java.util.List;

import dk.spor.demo.CaseRecords.Views;

/**
 * The Danish texts of the assessment and decision records: the ICS sections, the assessment plan, the views of the
 * child and the parents. Templates for {@link Phrasing}, like the chronology's texts in {@link StoryTexts}.
 */
final class RecordTexts {

    /** Resources and concerns per ICS dimension, in the order of ics_dimension.id 1–10. */
    private static final String[][] ICS = {
            {"{navn} er alderssvarende i højde og vægt og går til de faste undersøgelser hos egen læge.",
                    "{navn} sover uroligt og har ofte ondt i maven."},
            {"{navn} har en god relation til de voksne, der kender {navn} bedst.",
                    "{navn} er bagud fagligt og har svært ved at koncentrere sig."},
            {"{navn} kan sætte ord på sine følelser, når en voksen tager sig tid.",
                    "{navn} trækker sig, når der er uro, og reagerer med vrede, når {han} presses."},
            {"{navn} har en god ven og er glad for sin bedstemor.",
                    "{navn} deltager ikke i fritidsaktiviteter og ser sjældent venner efter skole."},
            {"Forældrene sørger for mad, tøj og faste sengetider, når hverdagen er rolig.",
                    "I perioder med konflikter eller sygdom bliver de basale rutiner svære at holde."},
            {"Forældrene er varme og interesserede i {navn} og roser {navn}.",
                    "Forældrene har svært ved at aflæse {navn}s signaler, når de selv er pressede."},
            {"Forældrene er enige om de vigtigste regler i hjemmet.",
                    "Grænserne skifter, og {navn} ved ikke altid, hvad der forventes."},
            {"Familien har klaret svære perioder før og søger selv hjælp.",
                    "Der har været flere brud i familien, og {navn} har skiftet bolig to gange."},
            {"Bedsteforældrene bor tæt på og vil gerne hjælpe.",
                    "Familien har et lille netværk og kender kun få i området."},
            {"Familien bor i en lejlighed med plads til børnene.",
                    "Økonomien er stram efter en sygemelding, og familien har gæld."}};

    private static final List<String> SOURCES = List.of("Samtaler med {navn} og forældrene",
            "Udtalelse fra {skole}", "Oplysninger fra egen læge", "Samtale med {forældrene} og observation i hjemmet");

    private RecordTexts() {
    }

    /** {@code count} different ICS dimensions (their ids), in the order the triangle lists them. */
    static List<Integer> dimensions(Dice dice, int count) {
        List<Integer> all = new ArrayList<>();
        for (int id = 1; id <= ICS.length; id++) {
            all.add(id);
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            chosen.add(all.remove(dice.between(0, all.size() - 1)));
        }
        chosen.sort(null);
        return chosen;
    }

    static String resources(Phrasing text, int dimensionId) {
        return text.fill(ICS[dimensionId - 1][0]);
    }

    static String concerns(Phrasing text, int dimensionId) {
        return text.fill(ICS[dimensionId - 1][1]);
    }

    static String sources(Phrasing text, Dice dice) {
        return text.fill(dice.pick(SOURCES));
    }

    static String planPurpose(Phrasing text, boolean childInvestigation) {
        return text.fill(childInvestigation
                ? "At belyse {navn}s udvikling, familiens ressourcer og behovet for særlig støtte (barnets lov § 20)."
                : "At afdække ud fra de oplysninger, der findes, om {navn} har brug for støtte (barnets lov § 19).");
    }

    static String planQuestions(Phrasing text, Concern concern) {
        return text.fill("Hvad ligger bag bekymringen? Hvad skal der til, for at " + concern.goal()
                + "? Hvad kan familien og netværket selv?");
    }

    static String planSources(Phrasing text, boolean childInvestigation) {
        return text.fill(childInvestigation
                ? "Samtaler med {navn} og forældrene, udtalelser fra {skole}, egen læge og PPR, netværksmøde."
                : "Samtaler med {navn} og forældrene og en udtalelse fra {skole}.");
    }

    /**
     * The child's view, from the child's own words where the story has a conversation with the child; for the
     * youngest, and where the child's voice came from observation, why it could not be obtained.
     */
    static Views views(Phrasing text, Concern concern, int age, String parents) {
        if (age >= 4 && concern.childTalk() != null) {
            return new Views(text.fill("{navn} siger, at det er godt, at nogen hjælper, og vil gerne have, at "
                    + concern.goal() + "."), null, text.fill(parents));
        }
        String reason = age < 4
                ? "{navn} er " + age + " år og kan ikke give udtryk for sit synspunkt i en samtale. {navn} er observeret, "
                        + "og observationen indgår."
                : "{navn} kan på grund af sit handicap ikke give udtryk for sit synspunkt i en samtale. {navn} er "
                        + "observeret hjemme og i {skole}, og observationen indgår.";
        return new Views(null, text.fill(reason), text.fill(parents));
    }
}
