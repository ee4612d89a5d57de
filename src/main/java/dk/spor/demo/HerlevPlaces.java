package dk.spor.demo;

import java.util.List;

/** Streets, schools and day care of a Herlev-like municipality, and the neighbouring towns. */
final class HerlevPlaces {

    static final String POSTCODE = "2730";
    static final String CITY = "Herlev";

    private static final List<String> STREETS = List.of("Herlev Hovedgade", "Herlev Bygade", "Herlevgårdsvej",
            "Hjortespringvej", "Klausdalsbrovej", "Ringertoften", "Tvedvangen", "Elverhøjvej", "Mørkhøjvej",
            "Kildegårdsvej", "Herlev Ringvej", "Ejbydalsvej", "Byparkvej", "Tornerosevej", "Skinderskovvej",
            "Lyngbakken", "Gammelgårdsvej", "Hjortegårdsvej", "Sønderbuen", "Symfonivej", "Engdraget",
            "Lindehøjvej", "Stationsvej", "Smedetoften", "Kirkebakken");
    private static final List<String> FLOORS = List.of("st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.",
            "2. tv.", "3. mf.", "4. th.");
    private static final List<String> NEIGHBOUR_STREETS = List.of("Hovedgaden", "Skolevej", "Birkevej", "Egevej",
            "Møllevej", "Stationsvej", "Parkvej", "Vestergade", "Rosenvænget", "Bøgevej");
    private static final List<String[]> NEIGHBOUR_TOWNS = List.of(new String[] {"2750", "Ballerup"},
            new String[] {"2860", "Søborg"}, new String[] {"2610", "Rødovre"}, new String[] {"2600", "Glostrup"},
            new String[] {"2700", "Brønshøj"}, new String[] {"2400", "København NV"},
            new String[] {"2740", "Skovlunde"}, new String[] {"2605", "Brøndby"});

    private static final List<String> NURSERIES = List.of("Vuggestuen Mælkebøtten", "Dagplejen Herlev",
            "Børnehuset Solsikken", "Vuggestuen Troldehøjen");
    private static final List<String> KINDERGARTENS = List.of("Børnehaven Regnbuen", "Børnehuset Solsikken",
            "Skovbørnehaven Egely", "Børnehuset Kildebakken", "Børnehaven Mariehønen");
    private static final List<String> SCHOOLS = List.of("Herlev Byskole", "Lindehøjskolen", "Engskolen",
            "Kildegårdskolen", "Herlevgårdskolen", "Hjortespringskolen", "Herlev Privatskole");
    private static final List<String> SPECIAL_SCHOOLS = List.of("Specialskolen Lindegården",
            "Kildegårdskolens specialklasser");
    private static final List<String> YOUTH_EDUCATION = List.of("Herlev Gymnasium og HF", "Herlev 10. klasse-center",
            "Produktionsskolen Nordvest", "TEC Ballerup", "Ungdomsskolens heltidsundervisning");

    private HerlevPlaces() {
    }

    static DemoFamily.Address homeInHerlev(Dice dice) {
        return new DemoFamily.Address(street(dice, STREETS), POSTCODE, CITY);
    }

    /** Where a parent who has moved out lives: half stay in Herlev, the rest in a neighbouring town. */
    static DemoFamily.Address elsewhere(Dice dice) {
        if (dice.chance(0.5)) {
            return homeInHerlev(dice);
        }
        String[] town = dice.pick(NEIGHBOUR_TOWNS);
        return new DemoFamily.Address(street(dice, NEIGHBOUR_STREETS), town[0], town[1]);
    }

    /** The child's day care, school or education at this age, with the class for school children. */
    static String institution(Dice dice, int age, boolean disability) {
        if (age == 0) {
            return dice.chance(0.4) ? "Dagplejen Herlev" : null;
        }
        if (age <= 2) {
            return dice.pick(NURSERIES);
        }
        if (age <= 5) {
            return dice.pick(KINDERGARTENS);
        }
        if (age <= 15) {
            String school = dice.pick(disability && dice.chance(0.6) ? SPECIAL_SCHOOLS : SCHOOLS);
            return school + " (" + (age - 6) + ". klasse)";
        }
        return disability ? "STU Herlev" : dice.pick(YOUTH_EDUCATION);
    }

    /** A Danish mobile number, written as Danes write it. */
    static String mobile(Dice dice) {
        return String.format("%d%d %02d %02d %02d", dice.between(2, 6), dice.between(0, 9), dice.between(0, 99),
                dice.between(0, 99), dice.between(0, 99));
    }

    private static String street(Dice dice, List<String> streets) {
        String address = dice.pick(streets) + " " + dice.between(1, 180);
        return dice.chance(0.45) ? address + ", " + dice.pick(FLOORS) : address;
    }
}
