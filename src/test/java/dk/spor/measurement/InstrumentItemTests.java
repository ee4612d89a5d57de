package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstrumentItemTests {

    private final InstrumentItem orsLine = ShippedInstruments.item(1, "Personligt", "0", "10", "0.1");
    private final InstrumentItem ruler = ShippedInstruments.item(1, "Trivsel", "0", "10", "1");
    private final InstrumentItem gas = ShippedInstruments.item(1, "Niveau", "-2", "2", "1");

    @Test
    void acceptsDecimalsOnTheStepWithCommaOrPoint() {
        assertThat(orsLine.check("7,3")).isEqualTo(new InstrumentItem.Valid(new java.math.BigDecimal("7.3")));
        assertThat(orsLine.check(" 7.3 ")).isInstanceOf(InstrumentItem.Valid.class);
        assertThat(orsLine.check("10")).isInstanceOf(InstrumentItem.Valid.class);
        assertThat(orsLine.check("0")).isInstanceOf(InstrumentItem.Valid.class);
    }

    @Test
    void refusesADecimalFinerThanTheStep() {
        assertThat(orsLine.check("7,35")).isEqualTo(new InstrumentItem.Invalid(
                "«Personligt» tager tal i trin af 0,1. Skriv et tal fra 0 til 10 i trin af 0,1, fx 5,1."));
    }

    @Test
    void refusesDecimalsOnAWholeNumberScale() {
        assertThat(ruler.check("6,5")).isEqualTo(new InstrumentItem.Invalid(
                "«Trivsel» tager hele tal. Skriv et helt tal fra 0 til 10."));
    }

    @Test
    void refusesScoresOutsideTheScale() {
        assertThat(ruler.check("11")).isEqualTo(new InstrumentItem.Invalid(
                "«Trivsel» går fra 0 til 10. Skriv et helt tal fra 0 til 10."));
        assertThat(orsLine.check("-0,1")).isInstanceOf(InstrumentItem.Invalid.class);
    }

    @Test
    void acceptsNegativeScoresOnAGoalAttainmentScaleIncludingATypographicMinus() {
        assertThat(gas.check("−2")).isInstanceOf(InstrumentItem.Valid.class);
        assertThat(gas.check("-1")).isInstanceOf(InstrumentItem.Valid.class);
        assertThat(gas.check("-3")).isInstanceOf(InstrumentItem.Invalid.class);
    }

    @Test
    void explainsWhatIsNotANumberAndWhatIsMissing() {
        assertThat(ruler.check("syv")).isEqualTo(new InstrumentItem.Invalid(
                "«syv» er ikke et tal. Skriv et helt tal fra 0 til 10."));
        assertThat(ruler.check(" ")).isEqualTo(new InstrumentItem.Invalid("Giv en score for «Trivsel»."));
    }

    @Test
    void theSliderStartsInTheMiddleOnAStep() {
        assertThat(orsLine.middle()).isEqualByComparingTo("5");
        assertThat(gas.middle()).isEqualByComparingTo("0");
        assertThat(ShippedInstruments.item(1, "x", "1", "5", "1").middle()).isEqualByComparingTo("3");
    }
}
