package dk.spor.measurement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.spor.measurement.BandColour;
import dk.spor.measurement.Instrument;
import dk.spor.measurement.InstrumentBand;
import dk.spor.measurement.InstrumentChange;
import dk.spor.measurement.InstrumentCutoff;
import dk.spor.measurement.InstrumentItem;
import dk.spor.measurement.ScoreValues;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/**
 * The administrator's instrument form as typed: the instrument's texts and ages, one row per item, and rows for
 * bands and cut-offs (an empty row is ignored, so one can be added or removed without JavaScript).
 */
public class InstrumentForm {

    private Integer basedOnVersion;
    private String name;
    private String shortName;
    private String intro;
    private List<String> respondents = new ArrayList<>();
    private String minAge;
    private String maxAge;
    private String reliableChange;
    private boolean asksReasons;
    private boolean requiresLicence;
    private boolean active;
    private List<ItemRow> items = new ArrayList<>();
    private List<BandRow> bands = new ArrayList<>();
    private List<CutoffRow> cutoffs = new ArrayList<>();

    static InstrumentForm of(Instrument instrument) {
        InstrumentForm form = new InstrumentForm();
        form.basedOnVersion = instrument.version();
        form.name = instrument.name();
        form.shortName = instrument.shortName();
        form.intro = instrument.intro();
        form.respondents = instrument.respondentsInOrder().stream().map(Enum::name).toList();
        form.minAge = instrument.minAge() == null ? "" : instrument.minAge().toString();
        form.maxAge = instrument.maxAge() == null ? "" : instrument.maxAge().toString();
        form.reliableChange = ScoreValues.format(instrument.reliableChange());
        form.asksReasons = instrument.asksReasons();
        form.requiresLicence = instrument.requiresLicence();
        form.active = instrument.active();
        for (InstrumentItem item : instrument.items()) {
            ItemRow row = new ItemRow();
            row.label = item.label();
            row.min = ScoreValues.format(item.min());
            row.max = ScoreValues.format(item.max());
            row.step = ScoreValues.format(item.step());
            row.higherIsBetter = item.higherIsBetter();
            row.lowLabel = item.lowLabel();
            row.highLabel = item.highLabel();
            form.items.add(row);
        }
        for (InstrumentBand band : instrument.bands()) {
            form.bands.add(new BandRow(ScoreValues.format(band.lower()), ScoreValues.format(band.upper()),
                    band.colour().name(), band.label()));
        }
        for (InstrumentCutoff cutoff : instrument.cutoffs()) {
            form.cutoffs.add(new CutoffRow(String.valueOf(cutoff.minAge()), String.valueOf(cutoff.maxAge()),
                    ScoreValues.format(cutoff.cutoff())));
        }
        return form.withEmptyRows();
    }

    /** One empty band row and one empty cut-off row to add with. */
    InstrumentForm withEmptyRows() {
        bands.removeIf(BandRow::isEmpty);
        cutoffs.removeIf(CutoffRow::isEmpty);
        bands.add(new BandRow("", "", BandColour.GREEN.name(), ""));
        cutoffs.add(new CutoffRow("", "", ""));
        return this;
    }

    InstrumentChange toChange(FieldErrors errors) {
        Set<Perspective> chosen = EnumSet.noneOf(Perspective.class);
        respondents.forEach(r -> chosen.add(Perspective.valueOf(r)));
        List<InstrumentItem> itemList = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            String prefix = "items[" + i + "]";
            itemList.add(new InstrumentItem(i + 1, row.label, number(errors, prefix + ".min", row.min),
                    number(errors, prefix + ".max", row.max), number(errors, prefix + ".step", row.step),
                    row.higherIsBetter, row.lowLabel, row.highLabel));
        }
        List<InstrumentBand> bandList = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandRow row = bands.get(i);
            if (!row.isEmpty()) {
                bandList.add(new InstrumentBand(number(errors, "bands[" + i + "].lower", row.lower),
                        number(errors, "bands[" + i + "].upper", row.upper), BandColour.valueOf(row.colour), row.label));
            }
        }
        List<InstrumentCutoff> cutoffList = new ArrayList<>();
        for (int i = 0; i < cutoffs.size(); i++) {
            CutoffRow row = cutoffs.get(i);
            if (!row.isEmpty()) {
                cutoffList.add(new InstrumentCutoff(whole(errors, "cutoffs[" + i + "].minAge", row.minAge, 0),
                        whole(errors, "cutoffs[" + i + "].maxAge", row.maxAge, 0),
                        number(errors, "cutoffs[" + i + "].cutoff", row.cutoff)));
            }
        }
        Integer min = minAge == null || minAge.isBlank() ? null : whole(errors, "minAge", minAge, null);
        Integer max = maxAge == null || maxAge.isBlank() ? null : whole(errors, "maxAge", maxAge, null);
        return new InstrumentChange(name, shortName, intro, chosen, min, max,
                number(errors, "reliableChange", reliableChange), asksReasons, requiresLicence, active, itemList,
                bandList, cutoffList);
    }

    /** A number as typed ("0,1" or "0.1"); a message and zero when it is not one, so every field is checked at once. */
    private static BigDecimal number(FieldErrors errors, String field, String text) {
        return ScoreValues.parse(text).orElseGet(() -> {
            errors.reject(field, "Skriv et tal, fx 10 eller 0,5.");
            return BigDecimal.ZERO;
        });
    }

    private static Integer whole(FieldErrors errors, String field, String text, Integer fallback) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "Skriv en alder i hele år, fx 13.");
            return fallback;
        }
    }

    public Integer getBasedOnVersion() { return basedOnVersion; }
    public void setBasedOnVersion(Integer basedOnVersion) { this.basedOnVersion = basedOnVersion; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public List<String> getRespondents() { return respondents; }
    public void setRespondents(List<String> respondents) { this.respondents = respondents; }
    public String getMinAge() { return minAge; }
    public void setMinAge(String minAge) { this.minAge = minAge; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
    public String getReliableChange() { return reliableChange; }
    public void setReliableChange(String reliableChange) { this.reliableChange = reliableChange; }
    public boolean isAsksReasons() { return asksReasons; }
    public void setAsksReasons(boolean asksReasons) { this.asksReasons = asksReasons; }
    public boolean isRequiresLicence() { return requiresLicence; }
    public void setRequiresLicence(boolean requiresLicence) { this.requiresLicence = requiresLicence; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<ItemRow> getItems() { return items; }
    public void setItems(List<ItemRow> items) { this.items = items; }
    public List<BandRow> getBands() { return bands; }
    public void setBands(List<BandRow> bands) { this.bands = bands; }
    public List<CutoffRow> getCutoffs() { return cutoffs; }
    public void setCutoffs(List<CutoffRow> cutoffs) { this.cutoffs = cutoffs; }

    /** One item: its heading and scale. */
    public static class ItemRow {
        private String label;
        private String min;
        private String max;
        private String step;
        private boolean higherIsBetter = true;
        private String lowLabel;
        private String highLabel;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getMin() { return min; }
        public void setMin(String min) { this.min = min; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max; }
        public String getStep() { return step; }
        public void setStep(String step) { this.step = step; }
        public boolean isHigherIsBetter() { return higherIsBetter; }
        public void setHigherIsBetter(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }
        public String getLowLabel() { return lowLabel; }
        public void setLowLabel(String lowLabel) { this.lowLabel = lowLabel; }
        public String getHighLabel() { return highLabel; }
        public void setHighLabel(String highLabel) { this.highLabel = highLabel; }
    }

    /** A colour band on the total. */
    public static class BandRow {
        private String lower;
        private String upper;
        private String colour;
        private String label;

        public BandRow() {
        }

        BandRow(String lower, String upper, String colour, String label) {
            this.lower = lower;
            this.upper = upper;
            this.colour = colour;
            this.label = label;
        }

        boolean isEmpty() {
            return isBlank(lower) && isBlank(upper) && isBlank(label);
        }

        public String getLower() { return lower; }
        public void setLower(String lower) { this.lower = lower; }
        public String getUpper() { return upper; }
        public void setUpper(String upper) { this.upper = upper; }
        public String getColour() { return colour; }
        public void setColour(String colour) { this.colour = colour; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    /** A clinical cut-off for an age group. */
    public static class CutoffRow {
        private String minAge;
        private String maxAge;
        private String cutoff;

        public CutoffRow() {
        }

        CutoffRow(String minAge, String maxAge, String cutoff) {
            this.minAge = minAge;
            this.maxAge = maxAge;
            this.cutoff = cutoff;
        }

        boolean isEmpty() {
            return isBlank(minAge) && isBlank(maxAge) && isBlank(cutoff);
        }

        public String getMinAge() { return minAge; }
        public void setMinAge(String minAge) { this.minAge = minAge; }
        public String getMaxAge() { return maxAge; }
        public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
        public String getCutoff() { return cutoff; }
        public void setCutoff(String cutoff) { this.cutoff = cutoff; }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
