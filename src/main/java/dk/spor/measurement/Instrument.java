package dk.spor.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.spor.shared.Perspective;

/**
 * One version of a measurement instrument as data: its items and scales, how the total is formed, the colour bands
 * and clinical cut-offs on the total, who may answer, and for which ages. A measurement keeps the version it was
 * taken with, so changing an instrument never changes what was measured.
 *
 * @param childVersionOf the instrument this is the younger children's version of (CORS for ORS), or null
 * @param minAge the youngest child who answers this version themselves, or null for any age
 * @param reliableChange a fall of at least this much on the total between two measurements is a real change
 * @param requiresLicence the official wording and faces need the municipality's licence (FIT); Spor ships neutral ones
 * @param fit part of FIT (Feedback Informed Treatment), which a case can be exempted from with a professional reason
 * @param alliance rates the working alliance (SRS): below the cut-off or any fall is an alert
 */
public record Instrument(String code, int version, String name, String shortName, String intro, boolean perGoal,
        TotalRule totalRule, Set<Perspective> respondents, Integer minAge, Integer maxAge, String childVersionOf,
        BigDecimal reliableChange, boolean asksReasons, boolean requiresLicence, boolean fit, boolean active, Instant createdAt,
        List<InstrumentItem> items, List<InstrumentBand> bands, List<InstrumentCutoff> cutoffs, boolean alliance) {

    public Instrument {
        respondents = Set.copyOf(respondents);
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        cutoffs = List.copyOf(cutoffs);
    }

    /** The code of the family this version belongs to: ORS for both ORS and CORS. */
    public String familyCode() {
        return childVersionOf == null ? code : childVersionOf;
    }

    public boolean allows(Perspective perspective) {
        return respondents.contains(perspective);
    }

    /** Whether a child of this age answers this version themselves. */
    public boolean fitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** The total of the item scores, given in item order: their sum, or the one item's score. */
    public BigDecimal total(List<BigDecimal> scores) {
        if (scores.size() != items.size()) {
            throw new IllegalArgumentException(code + " has " + items.size() + " items, got " + scores.size() + " scores");
        }
        return switch (totalRule) {
            case SUM -> scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case SINGLE -> scores.get(0);
        };
    }

    public BigDecimal minTotal() {
        return total(items.stream().map(InstrumentItem::min).toList());
    }

    public BigDecimal maxTotal() {
        return total(items.stream().map(InstrumentItem::max).toList());
    }

    /** The clinical cut-off for a child of this age, if the instrument has one. */
    public Optional<BigDecimal> cutoffFor(int age) {
        return cutoffs.stream().filter(c -> c.appliesTo(age)).map(InstrumentCutoff::cutoff).findFirst();
    }

    /** Whether the total lies below the clinical cut-off for the child's age (the clinical range). */
    public boolean belowCutoff(BigDecimal total, int age) {
        return cutoffFor(age).map(cutoff -> total.compareTo(cutoff) < 0).orElse(false);
    }

    public Optional<InstrumentBand> bandOf(BigDecimal total) {
        return bands.stream().filter(b -> b.contains(total)).findFirst();
    }

    /** "Barn 6–12 år", "Fra 13 år" or "Alle aldre". */
    public String ageLabel() {
        if (minAge == null && maxAge == null) {
            return "Alle aldre";
        }
        if (maxAge == null) {
            return "Fra " + minAge + " år";
        }
        return (minAge == null ? 0 : minAge) + "–" + maxAge + " år";
    }

    /** The respondents in the order Spor lists perspectives. */
    public List<Perspective> respondentsInOrder() {
        return respondents.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * The version of an instrument family a respondent answers: a child answers the version made for their age (CORS
     * at 6–12, ORS from 13); adults answer the family's main version about the child, whatever the child's age.
     *
     * @param family the current versions of one family: the main instrument and its child versions
     */
    public static Optional<Instrument> chooseFor(List<Instrument> family, Perspective perspective, int childAge) {
        if (perspective == Perspective.CHILD) {
            return family.stream().filter(i -> i.allows(perspective) && i.fitsAge(childAge))
                    .min(Comparator.comparing((Instrument i) -> i.childVersionOf() == null));
        }
        return family.stream().filter(i -> i.allows(perspective))
                .min(Comparator.comparing((Instrument i) -> i.childVersionOf() != null));
    }
}
