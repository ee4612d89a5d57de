package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import dk.spor.people.Child.Gender;
import dk.spor.shared.Cpr;
import org.junit.jupiter.api.Test;

class CprAllocatorTests {

    private final CprAllocator allocator = new CprAllocator();

    @Test
    void handsOutUniqueNumbersThatCprAcceptsWithTheBirthDateGenderAndModulus11() {
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            LocalDate birthDate = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(31_000));
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            String digits = allocator.next(birthDate, gender);

            Cpr cpr = Cpr.parse(digits).orElseThrow();
            assertThat(cpr.birthDate()).isEqualTo(birthDate);
            assertThat(cpr.isMale()).isEqualTo(gender == Gender.MALE);
            assertThat(cpr.passesModulus11()).as(digits).isTrue();
            assertThat(seen.add(digits)).as("unique " + digits).isTrue();
        }
    }

    @Test
    void usesTheCenturyDigitsOfTheBirthYear() {
        assertThat(allocator.next(LocalDate.of(2015, 6, 1), Gender.FEMALE).charAt(6)).isBetween('4', '9');
        assertThat(allocator.next(LocalDate.of(1985, 6, 1), Gender.FEMALE).charAt(6)).isIn('0', '1', '2', '3', '4', '9');
    }

    @Test
    void givesHundredsOfNumbersPerDayAndGenderBeforeRunningOut() {
        LocalDate day = LocalDate.of(2012, 3, 4);
        Set<String> numbers = new HashSet<>();
        assertThatThrownBy(() -> {
            while (true) {
                numbers.add(allocator.next(day, Gender.MALE));
            }
        }).isInstanceOf(IllegalStateException.class);
        assertThat(numbers).hasSizeGreaterThan(200);
    }
}
