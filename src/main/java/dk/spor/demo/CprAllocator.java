package dk.spor.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dk.spor.people.Child.Gender;
import dk.spor.shared.Cpr;

/**
 * Hands out CPR numbers that exist on paper: the date is the birth date, the 7th digit gives the right century,
 * the number passes modulus 11 and its last digit gives the gender. Each number is handed out once. Only a counter
 * per birth date and gender is kept, so the memory used does not grow with the number of people.
 */
final class CprAllocator {

    private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** Walks the serial numbers of a day in a scattered order, so numbers do not look consecutive. */
    private static final int STRIDE = 37;

    private final Map<Long, Integer> nextCandidate = new HashMap<>();
    private final Map<Integer, List<Integer>> centuryDigitsByYear = new HashMap<>();

    String next(LocalDate birthDate, Gender gender) {
        List<Integer> centuryDigits = centuryDigitsByYear.computeIfAbsent(birthDate.getYear(),
                CprAllocator::centuryDigits);
        String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        int candidates = centuryDigits.size() * 100;
        long key = birthDate.toEpochDay() * 2 + gender.ordinal();
        int index = nextCandidate.getOrDefault(key, 0);
        while (index < candidates) {
            int scattered = (int) ((long) index * STRIDE % candidates);
            index++;
            String nine = date + centuryDigits.get(scattered / 100) + String.format("%02d", scattered % 100);
            int check = checkDigit(nine);
            if (check < 10 && (check % 2 == 1) == (gender == Gender.MALE)) {
                nextCandidate.put(key, index);
                return nine + check;
            }
        }
        throw new IllegalStateException("No CPR numbers left for " + birthDate + " " + gender);
    }

    /** The digit that makes the weighted sum divisible by 11; 10 means no valid number has these nine digits. */
    private static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 11;
    }

    /** The 7th digits that, with this year's last two digits, mean this year (CPR-kontoret's table, via {@link Cpr}). */
    private static List<Integer> centuryDigits(int year) {
        String yy = String.format("%02d", year % 100);
        return IntStream.rangeClosed(0, 9).boxed()
                .filter(digit -> Cpr.parse("0101" + yy + digit + "000")
                        .map(cpr -> cpr.birthDate().getYear() == year).orElse(false))
                .toList();
    }
}
