package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoreValuesPropertyTests {

    private static final InstrumentItem ORS_LINE = ShippedInstruments.item(1, "Personligt", "0", "10", "0.1");
    private static final InstrumentItem RULER = ShippedInstruments.item(1, "Trivsel", "0", "10", "1");

    @Property
    void parsingAnyTextNeverFailsAndGivesANumberOrNothing(@ForAll String anything) {
        assertThat(ScoreValues.parse(anything)).isNotNull();
        assertThat(ORS_LINE.check(anything)).isNotNull();
    }

    @Property
    void everyTenthFromZeroToTenIsAValidOrsScoreWhetherTypedWithCommaOrPoint(
            @ForAll @IntRange(min = 0, max = 100) int tenths, @ForAll boolean comma) {
        BigDecimal value = BigDecimal.valueOf(tenths, 1);
        String typed = comma ? ScoreValues.format(value) : value.toPlainString();
        assertThat(ORS_LINE.check(typed)).isInstanceOfSatisfying(InstrumentItem.Valid.class,
                valid -> assertThat(valid.score()).isEqualByComparingTo(value));
    }

    @Property
    void aFormattedScoreParsesBackToTheSameNumber(@ForAll("scores") BigDecimal value) {
        assertThat(ScoreValues.parse(ScoreValues.format(value))).hasValueSatisfying(
                parsed -> assertThat(parsed).isEqualByComparingTo(value));
    }

    @Property
    void hundredthsOffTheStepAreRefused(@ForAll @IntRange(min = 0, max = 999) int hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        boolean onStep = hundredths % 10 == 0;
        assertThat(ORS_LINE.check(ScoreValues.format(value))).isInstanceOf(
                onStep ? InstrumentItem.Valid.class : InstrumentItem.Invalid.class);
    }

    @Property
    void wholeNumbersOutsideZeroToTenAreRefusedOnTheRuler(@ForAll @IntRange(min = -1000, max = 1000) int score) {
        boolean inside = score >= 0 && score <= 10;
        assertThat(RULER.check(Integer.toString(score))).isInstanceOf(
                inside ? InstrumentItem.Valid.class : InstrumentItem.Invalid.class);
    }

    @Property
    void anInvalidScoreAlwaysGetsADanishMessageNamingTheScale(@ForAll("typing") String typed) {
        if (RULER.check(typed) instanceof InstrumentItem.Invalid invalid) {
            assertThat(invalid.danishMessage()).containsAnyOf("Skriv et helt tal fra 0 til 10.", "Giv en score");
        }
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2);
    }

    @Provide
    Arbitrary<String> typing() {
        return Arbitraries.strings().withChars("0123456789,.-− abc").ofMaxLength(8);
    }
}
