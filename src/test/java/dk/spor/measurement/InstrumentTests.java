package dk.spor.measurement;

import static dk.spor.measurement.ShippedInstruments.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class InstrumentTests {

    private final Instrument ors = ShippedInstruments.ors();
    private final Instrument cors = ShippedInstruments.cors();

    @Test
    void theOrsTotalIsTheSumOfItsFourLines() {
        assertThat(ors.total(List.of(n("7.5"), n("6"), n("8.1"), n("9")))).isEqualByComparingTo("30.6");
        assertThat(ors.minTotal()).isEqualByComparingTo("0");
        assertThat(ors.maxTotal()).isEqualByComparingTo("40");
    }

    @Test
    void aSingleItemInstrumentsTotalIsItsOneScore() {
        assertThat(ShippedInstruments.trivselslinealen().total(List.of(n("4")))).isEqualByComparingTo("4");
    }

    @Test
    void aTotalNeedsOneScorePerItem() {
        assertThatThrownBy(() -> ors.total(List.of(n("1")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClinicalCutOffFollowsTheChildsAgeBand() {
        assertThat(ors.cutoffFor(15)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("28"));
        assertThat(ors.cutoffFor(18)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("25"));
        assertThat(cors.cutoffFor(9)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("32"));
        assertThat(ShippedInstruments.trivselslinealen().cutoffFor(9)).isEmpty();
    }

    @Test
    void aTotalBelowTheCutOffForTheAgeIsInTheClinicalRange() {
        assertThat(ors.belowCutoff(n("27.9"), 15)).isTrue();
        assertThat(ors.belowCutoff(n("28"), 15)).as("on the cut-off is not below it").isFalse();
        assertThat(ors.belowCutoff(n("27"), 19)).as("adults' cut-off is 25").isFalse();
        assertThat(ShippedInstruments.trivselslinealen().belowCutoff(n("0"), 9)).as("no cut-off").isFalse();
    }

    @Test
    void aChildOfSixToTwelveAnswersCorsAndFromThirteenOrs() {
        List<Instrument> family = List.of(ors, cors);
        assertThat(Instrument.chooseFor(family, Perspective.CHILD, 6)).map(Instrument::code).hasValue("CORS");
        assertThat(Instrument.chooseFor(family, Perspective.CHILD, 12)).map(Instrument::code).hasValue("CORS");
        assertThat(Instrument.chooseFor(family, Perspective.CHILD, 13)).map(Instrument::code).hasValue("ORS");
    }

    @Test
    void aChildBelowEveryVersionsMinimumAgeCannotAnswer() {
        assertThat(Instrument.chooseFor(List.of(ors, cors), Perspective.CHILD, 4)).isEmpty();
    }

    @Test
    void aParentAnswersTheMainVersionWhateverTheChildsAge() {
        assertThat(Instrument.chooseFor(List.of(ors, cors), Perspective.PARENT, 8)).map(Instrument::code).hasValue("ORS");
        assertThat(Instrument.chooseFor(List.of(ors, cors), Perspective.CASEWORKER, 8)).isEmpty();
    }

    @Test
    void bandsColourTheTotal() {
        Instrument ruler = ShippedInstruments.trivselslinealen();
        assertThat(ruler.bandOf(n("3"))).map(InstrumentBand::colour).hasValue(BandColour.RED);
        assertThat(ruler.bandOf(n("7"))).map(InstrumentBand::label).hasValue("God trivsel");
    }

    @Test
    void ageLabelsReadTheWayTheAdminPageShowsThem() {
        assertThat(cors.ageLabel()).isEqualTo("6–12 år");
        assertThat(ors.ageLabel()).isEqualTo("Fra 13 år");
        assertThat(ShippedInstruments.trivselslinealen().ageLabel()).isEqualTo("Alle aldre");
    }
}
