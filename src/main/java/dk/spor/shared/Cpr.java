package dk.spor.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Danish CPR number (personnummer): DDMMYY-SSSS. The date must exist, and the 7th digit together with the
 * year gives the century (CPR-kontoret's table). The modulus-11 check is not required: numbers without it
 * have been issued since 2007.
 */
public record Cpr(String digits) {

    public Cpr {
        if (digits == null || !digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("A CPR number has 10 digits");
        }
        birthDate(digits);
    }

    /** Parses user input such as "010203-1234" or "0102031234"; empty when it is not a valid CPR number. */
    public static Optional<Cpr> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.strip().replace("-", "").replace(" ", "");
        try {
            return Optional.of(new Cpr(compact));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDate(digits);
    }

    /** The last digit is odd for men and even for women. */
    public boolean isMale() {
        return (digits.charAt(9) - '0') % 2 == 1;
    }

    public boolean passesModulus11() {
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 == 0;
    }

    /** "010203-1234". */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** "010203-xxxx": the form used in lists, where the full number is not needed. */
    public String masked() {
        return digits.substring(0, 6) + "-xxxx";
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDate(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int seventh = digits.charAt(6) - '0';
        try {
            return LocalDate.of(century(seventh, yy) + yy, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("The CPR number's date does not exist", e);
        }
    }

    /** CPR-kontoret: the 7th digit and the two-digit year decide the century of birth. */
    static int century(int seventh, int yy) {
        return switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            case 5, 6, 7, 8 -> yy <= 57 ? 2000 : 1800;
            default -> throw new IllegalArgumentException("Not a digit");
        };
    }
}
