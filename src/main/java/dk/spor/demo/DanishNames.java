package dk.spor.demo;

import java.util.List;

import dk.spor.people.Child.Gender;

/** First and last names as they are found in a Danish suburb: mostly Danish, some with roots elsewhere. */
final class DanishNames {

    private static final List<String> GIRLS = List.of("Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia",
            "Karla", "Agnes", "Olivia", "Anna", "Laura", "Josefine", "Lærke", "Nora", "Mille", "Isabella", "Alberte",
            "Asta", "Maja", "Sofie", "Frida", "Liva", "Marie", "Cecilie", "Emilie", "Mathilde", "Hannah", "Signe",
            "Luna", "Victoria", "Johanne", "Sara", "Naja", "Silje", "Esther", "Vigga", "Merle", "Ellen", "Tilde");
    private static final List<String> BOYS = List.of("William", "Noah", "Oscar", "Lucas", "Carl", "Victor",
            "Malthe", "Alfred", "Emil", "Valdemar", "Oliver", "Aksel", "Elias", "Arthur", "August", "Magnus",
            "Frederik", "Villads", "Theo", "Anton", "Johan", "Mikkel", "Sebastian", "Mads", "Benjamin", "Hans",
            "Christian", "Tobias", "Rasmus", "Storm", "Bertram", "Marius", "Laurits", "Felix", "Konrad", "Otto",
            "Hjalte", "Jonas", "Lauge", "Nohr");
    private static final List<String> WOMEN = List.of("Mette", "Louise", "Maria", "Camilla", "Sara", "Anne",
            "Pernille", "Julie", "Stine", "Marie", "Katrine", "Line", "Maja", "Trine", "Rikke", "Helle", "Charlotte",
            "Christina", "Nanna", "Signe", "Susanne", "Birgitte", "Lene", "Dorthe", "Tina", "Sandra", "Hanne",
            "Malene", "Jeanette", "Sofie");
    private static final List<String> MEN = List.of("Martin", "Thomas", "Jesper", "Michael", "Christian", "Rasmus",
            "Søren", "Kasper", "Jakob", "Henrik", "Lars", "Anders", "Nikolaj", "Daniel", "Morten", "Jens", "Peter",
            "Mads", "Niels", "Jonas", "Brian", "Kim", "Allan", "Torben", "Claus", "Steffen", "Bo", "Ole", "Kenneth",
            "Simon");
    private static final List<String> LAST_NAMES = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen",
            "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
            "Mikkelsen", "Frederiksen", "Holm", "Lund", "Schmidt", "Eriksen", "Henriksen", "Steffensen", "Kjær",
            "Bach", "Dam", "Vestergaard", "Lauridsen", "Overgaard", "Bruun", "Friis", "Koch", "Skov", "Dahl",
            "Winther", "Nygaard", "Bech", "Brandt", "Kjeldsen", "Berg", "Lind", "Krogh", "Østergaard");

    private static final List<String> OTHER_GIRLS = List.of("Amira", "Yasmin", "Zainab", "Aya", "Hana", "Lina",
            "Maryam", "Leyla", "Zofia", "Elif");
    private static final List<String> OTHER_BOYS = List.of("Adam", "Ali", "Yusuf", "Omar", "Ibrahim", "Zakaria",
            "Mustafa", "Emir", "Kacper", "Hamza");
    private static final List<String> OTHER_WOMEN = List.of("Fatima", "Aisha", "Samira", "Nadia", "Ayse",
            "Agnieszka", "Huda", "Zeynep");
    private static final List<String> OTHER_MEN = List.of("Mohammed", "Ahmad", "Hassan", "Mehmet", "Tomasz",
            "Khalid", "Bilal", "Hussein");
    private static final List<String> OTHER_LAST_NAMES = List.of("Hussain", "Ahmed", "Yilmaz", "Kaya", "Nowak",
            "Kowalski", "Ali", "Hassan", "Said", "Mohamed", "Demir", "Rahimi");

    private DanishNames() {
    }

    /** Where a family's names come from; the children are named like their parents. */
    enum Origin { DANISH, OTHER }

    static Origin origin(Dice dice) {
        return dice.chance(0.85) ? Origin.DANISH : Origin.OTHER;
    }

    static String childName(Dice dice, Origin origin, Gender gender) {
        boolean danish = origin == Origin.DANISH;
        return dice.pick(gender == Gender.FEMALE ? (danish ? GIRLS : OTHER_GIRLS) : (danish ? BOYS : OTHER_BOYS));
    }

    static String adultName(Dice dice, Origin origin, Gender gender) {
        boolean danish = origin == Origin.DANISH;
        return dice.pick(gender == Gender.FEMALE ? (danish ? WOMEN : OTHER_WOMEN) : (danish ? MEN : OTHER_MEN));
    }

    static String lastName(Dice dice, Origin origin) {
        return dice.pick(origin == Origin.DANISH ? LAST_NAMES : OTHER_LAST_NAMES);
    }
}
