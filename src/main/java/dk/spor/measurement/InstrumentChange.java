package dk.spor.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/**
 * An administrator's adjustment of an instrument, saved as a new version. The number of items stays as it is, so
 * totals of the old and the new version can be compared on one chart.
 */
public record InstrumentChange(String name, String shortName, String intro, Set<Perspective> respondents,
        Integer minAge, Integer maxAge, BigDecimal reliableChange, boolean asksReasons, boolean requiresLicence,
        boolean active, List<InstrumentItem> items, List<InstrumentBand> bands, List<InstrumentCutoff> cutoffs) {

    static final int MAX_AGE = 200;

    public InstrumentChange {
        respondents = Set.copyOf(respondents);
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        cutoffs = List.copyOf(cutoffs);
    }

    /** Everything an instrument version must satisfy to be scored and charted; messages keyed by form field. */
    public FieldErrors validate(int expectedItems) {
        FieldErrors errors = new FieldErrors()
                .requiredLine("name", name, "Skriv instrumentets navn.")
                .requiredLine("shortName", shortName, "Skriv et kort navn til skemaer og grafer.")
                .requiredText("intro", intro, "Skriv den korte introduktion, som respondenten ser.");
        if (respondents.isEmpty()) {
            errors.reject("respondents", "Vælg mindst én, der kan svare.");
        }
        if (minAge != null && (minAge < 0 || minAge > 25)) {
            errors.reject("minAge", "Minimumsalderen skal være mellem 0 og 25 år.");
        }
        if (minAge != null && maxAge != null && maxAge < minAge) {
            errors.reject("maxAge", "Den højeste alder kan ikke være lavere end minimumsalderen.");
        }
        if (reliableChange == null || reliableChange.signum() <= 0) {
            errors.reject("reliableChange", "Skriv hvor stort et fald der tæller som en reel ændring, fx 5.");
        }
        if (items.size() != expectedItems) {
            errors.reject("items", "Instrumentet skal have " + expectedItems + " spørgsmål, som før.");
        }
        for (int i = 0; i < items.size(); i++) {
            validateItem(errors, "items[" + i + "]", items.get(i));
        }
        if (errors.isEmpty()) {
            validateTotals(errors);
        }
        return errors;
    }

    private static void validateItem(FieldErrors errors, String prefix, InstrumentItem item) {
        errors.requiredLine(prefix + ".label", item.label(), "Skriv spørgsmålets overskrift.");
        if (item.min().compareTo(item.max()) >= 0) {
            errors.reject(prefix + ".max", "Skalaens største værdi skal være større end den mindste.");
        } else if (item.step().signum() <= 0 || item.step().scale() > 2
                || item.max().subtract(item.min()).remainder(item.step()).signum() != 0) {
            errors.reject(prefix + ".step", "Trinnet skal være positivt, have højst to decimaler og gå op i skalaen.");
        }
        errors.maxLength(prefix + ".lowLabel", item.lowLabel(), FieldErrors.MAX_LINE)
                .maxLength(prefix + ".highLabel", item.highLabel(), FieldErrors.MAX_LINE);
    }

    /** Bands and cut-offs lie on the total's range; bands do not overlap. */
    private void validateTotals(FieldErrors errors) {
        BigDecimal low = items.stream().map(InstrumentItem::min).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = items.stream().map(InstrumentItem::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<InstrumentBand> sorted = new ArrayList<>(bands);
        sorted.sort((a, b) -> a.lower().compareTo(b.lower()));
        for (int i = 0; i < bands.size(); i++) {
            InstrumentBand band = bands.get(i);
            String prefix = "bands[" + i + "]";
            errors.requiredLine(prefix + ".label", band.label(), "Skriv farvens betydning, fx «God trivsel».");
            if (band.lower().compareTo(band.upper()) > 0 || band.lower().compareTo(low) < 0
                    || band.upper().compareTo(high) > 0) {
                errors.reject(prefix + ".upper", "Farven skal ligge inden for " + ScoreValues.format(low) + " til "
                        + ScoreValues.format(high) + ", og fra-værdien må ikke være større end til-værdien.");
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).lower().compareTo(sorted.get(i - 1).upper()) <= 0) {
                errors.reject("bands", "Farverne må ikke overlappe: " + ScoreValues.format(sorted.get(i).lower())
                        + " ligger allerede i en anden farve.");
            }
        }
        for (int i = 0; i < cutoffs.size(); i++) {
            InstrumentCutoff cutoff = cutoffs.get(i);
            String prefix = "cutoffs[" + i + "]";
            if (cutoff.minAge() < 0 || cutoff.maxAge() > MAX_AGE || cutoff.minAge() > cutoff.maxAge()) {
                errors.reject(prefix + ".maxAge", "Aldersgruppen skal gå fra en lavere til en højere alder.");
            }
            if (cutoff.cutoff().compareTo(low) < 0 || cutoff.cutoff().compareTo(high) > 0) {
                errors.reject(prefix + ".cutoff", "Den kliniske grænse skal ligge mellem " + ScoreValues.format(low)
                        + " og " + ScoreValues.format(high) + ".");
            }
        }
    }
}
