package dk.spor.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.spor.deadline.DeadlineDuration;
import dk.spor.deadline.DurationUnit;
import org.junit.jupiter.api.Test;

class RuleFormTests {

    @Test
    void aValidFormBecomesAChange() {
        var form = new RuleForm(" Book opstartsmøde ", "21", "DAYS", "1-7-2026", "31.12.2026", 1);

        assertThat(form.errors()).isEmpty();
        var change = form.toChange();
        assertThat(change.nameDa()).isEqualTo("Book opstartsmøde");
        assertThat(change.duration()).isEqualTo(new DeadlineDuration(21, DurationUnit.DAYS));
        assertThat(change.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(change.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void acceptsIsoDatesAndAnEmptyEndDate() {
        var change = new RuleForm("Navn", "6", "WORKING_DAYS", "2026-07-01", " ", 1).toChange();

        assertThat(change.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(change.validTo()).isNull();
    }

    @Test
    void everyProblemHasADanishMessageInTheOrderOfTheFields() {
        var form = new RuleForm(" ", "fjorten", "YEARS", "31-02-2026", "i morgen", 1);

        assertThat(form.errors()).containsExactly(
                java.util.Map.entry("nameDa", "Skriv reglens navn."),
                java.util.Map.entry("durationAmount", "Fristens længde skal være et helt tal mellem 1 og 999."),
                java.util.Map.entry("durationUnit", "Vælg en enhed."),
                java.util.Map.entry("validFrom", "Skriv datoen som dd-mm-åååå, fx 01-07-2026."),
                java.util.Map.entry("validTo", "Skriv datoen som dd-mm-åååå, fx 31-12-2026."));
    }

    @Test
    void rejectsAnAmountOutsideOneTo999AndAnEndBeforeTheStart() {
        assertThat(new RuleForm("Navn", "0", "DAYS", "01-01-2026", "", 1).errors()).containsKey("durationAmount");
        assertThat(new RuleForm("Navn", "1000", "DAYS", "01-01-2026", "", 1).errors()).containsKey("durationAmount");
        assertThat(new RuleForm("Navn", "14", "DAYS", "01-07-2026", "30-06-2026", 1).errors())
                .containsOnlyKeys("validTo");
    }

    @Test
    void aNameLongerThan200CharactersIsRejected() {
        assertThat(new RuleForm("x".repeat(201), "14", "DAYS", "01-07-2026", "", 1).errors())
                .containsEntry("nameDa", "Navnet må højst være 200 tegn.");
    }
}
