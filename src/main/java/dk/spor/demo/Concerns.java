package dk.spor.demo;

import static dk.spor.demo.Concern.Household.ANY;
import static dk.spor.demo.Concern.Household.APART;
import static dk.spor.demo.Concern.Household.TOGETHER;
import static dk.spor.demo.Intervention.COMPENSATION;
import static dk.spor.demo.Intervention.CONTACT_PERSON;
import static dk.spor.demo.Intervention.FAMILY_TREATMENT;
import static dk.spor.demo.Intervention.FOSTER_CARE;
import static dk.spor.demo.Intervention.RESIDENTIAL;
import static dk.spor.demo.Intervention.RESPITE;
import static dk.spor.intake.ConcernCategory.CHILD_BEHAVIOUR;
import static dk.spor.intake.ConcernCategory.CHILD_WELLBEING;
import static dk.spor.intake.ConcernCategory.CRIME;
import static dk.spor.intake.ConcernCategory.DOMESTIC_CONFLICT;
import static dk.spor.intake.ConcernCategory.NEGLECT;
import static dk.spor.intake.ConcernCategory.OTHER;
import static dk.spor.intake.ConcernCategory.PARENT_MENTAL_ILLNESS;
import static dk.spor.intake.ConcernCategory.PARENT_SUBSTANCE_ABUSE;
import static dk.spor.intake.ConcernCategory.SCHOOL_ABSENCE;
import static dk.spor.intake.ConcernCategory.VIOLENCE;

import java.util.List;

import dk.spor.demo.Concern.Reporter;


/** The concerns the demo's cases are about: the common ones of a family team, and those of a disability team. */
final class Concerns {

    static final List<Concern> FAMILY = List.of(
            new Concern(7, 16, false, ANY, Reporter.INSTITUTION,
                    "Klasselæreren skriver, at {navn} har haft 21 % fravær siden sommerferien, ofte kommer uden madpakke og virker træt. Skolen har holdt to møder med {mor} uden bedring.",
                    "{navn} fortæller, at {han} tit er vågen om natten, fordi {mor} har det dårligt, og at {han} hjælper til derhjemme om morgenen. {navn} kan godt lide sin klasse, men synes, det er svært at følge med.",
                    "{mor} er enig i, at fraværet er for højt. Hun har været sygemeldt med depression siden foråret og vil gerne have hjælp til morgenerne.",
                    "{navn} kommer i skole hver dag og til tiden",
                    "{navn}s skolegang er truet, og {mor} har brug for støtte til at få hverdagen til at hænge sammen, mens hun er syg.",
                    "et kortere forløb i {familiehuset} med fokus på morgenrutinerne",
                    List.of(CHILD_WELLBEING, SCHOOL_ABSENCE, PARENT_MENTAL_ILLNESS),
                    List.of(FAMILY_TREATMENT, CONTACT_PERSON)),
            new Concern(3, 17, false, TOGETHER, Reporter.INSTITUTION,
                    "{navn} har fortalt en voksen, at {mor} og {far} råber meget ad hinanden, og at {han} gemmer sig på sit værelse, når det sker. {navn} er blevet mere stille og trækker sig fra de andre børn.",
                    "{navn} siger, at {han} bliver bange, når de voksne skændes, og helst vil have, at det stopper. {navn} har en god ven og er glad for at være hos sin bedstemor.",
                    "Forældrene anerkender, at der har været mange konflikter, efter {far} mistede sit arbejde. De vil gerne have hjælp til at skændes mindre foran børnene.",
                    "der er færre konflikter derhjemme, og {navn} føler sig tryg",
                    "Konflikterne mellem forældrene påvirker {navn}s trivsel. Forældrene er motiverede for at ændre det.",
                    "et rådgivningsforløb for forældrene i {familiehuset}",
                    List.of(DOMESTIC_CONFLICT, CHILD_WELLBEING),
                    List.of(FAMILY_TREATMENT)),
            new Concern(1, 5, false, ANY, Reporter.INSTITUTION,
                    "Institutionen er bekymret: {navn} kommer ofte sent, i for tynde klæder og uden skiftetøj, og bleen er flere gange ikke skiftet ved afleveringen. {navn} er sulten om morgenen.",
                    null,
                    "{mor} fortæller, at hun står alene med det meste og har svært ved at få hverdagen til at hænge sammen. Hun vil gerne have hjælp.",
                    "{navn} møder udhvilet, mæt og klædt efter vejret i institutionen",
                    "{navn}s basale behov bliver ikke altid dækket. {mor} er presset, men samarbejder og vil gerne lære.",
                    "praktisk pædagogisk støtte i hjemmet fra {familiehuset}",
                    List.of(NEGLECT),
                    List.of(FAMILY_TREATMENT, FAMILY_TREATMENT, FOSTER_CARE)),
            new Concern(0, 1, false, ANY, Reporter.HEALTH_VISITOR,
                    "Sundhedsplejersken er bekymret for {mor}s psykiske tilstand efter fødslen. {mor} græder meget, sover dårligt og har svært ved at aflæse {navn}s signaler. {navn} tager for lidt på.",
                    null,
                    "{mor} er lettet over at kunne tale om det og har fået tid hos egen læge. Familien har brug for støtte i de næste måneder.",
                    "{mor} og {navn} får en tryg hverdag, og {navn} tager alderssvarende på",
                    "{mor} har en efterfødselsreaktion, der påvirker samspillet med {navn}. Med støtte er der gode muligheder for, at det vender.",
                    "ekstra besøg af sundhedsplejersken og en familiebehandler fra {familiehuset}",
                    List.of(PARENT_MENTAL_ILLNESS, CHILD_WELLBEING),
                    List.of(FAMILY_TREATMENT)),
            new Concern(0, 17, false, TOGETHER, Reporter.POLICE,
                    "Politiet blev kaldt til adressen natten til lørdag på grund af uro. {far} var påvirket af alkohol, og {navn} var hjemme og vågen. Der var ikke vold, men lejligheden bar præg af fest.",
                    "{navn} fortæller, at {far} drikker mest i weekenderne, og at {han} så helst vil være hos en ven. {navn} har ikke talt med nogen om det før.",
                    "{far} erkender et alkoholproblem og har sagt ja til alkoholbehandling. {mor} ønsker, at børnene ikke ser deres far beruset.",
                    "{navn} oplever ikke sine forældre påvirkede",
                    "{far}s alkoholforbrug skaber utryghed for {navn}. {mor} er en stabil omsorgsperson, og {far} er i behandling.",
                    "et samtaleforløb for børn i familier med alkoholproblemer",
                    List.of(PARENT_SUBSTANCE_ABUSE),
                    List.of(FAMILY_TREATMENT, CONTACT_PERSON, FOSTER_CARE)),
            new Concern(13, 17, false, ANY, Reporter.POLICE,
                    "Politiet underretter om, at {navn} er sigtet for butikstyveri i Herlev Bymidte sammen med to ældre unge. Ved anholdelsen havde {navn} hash på sig.",
                    "{navn} siger, at {han} keder sig, efter {han} stoppede til fodbold, og at de ældre unge er de eneste, der gider {ham}. {navn} vil gerne have et fritidsjob.",
                    "Forældrene er bekymrede og har svært ved at nå {navn}. De ønsker en voksen uden for familien, som {navn} kan tale med.",
                    "{navn} holder sig fra hash og kriminalitet og har en fast fritidsaktivitet",
                    "{navn} er på vej ind i et kriminelt miljø. Forældrene er omsorgsfulde, men har mistet kontakten til {ham}.",
                    "et forløb i SSP-samarbejdets ungegruppe",
                    List.of(CRIME, CHILD_BEHAVIOUR),
                    List.of(CONTACT_PERSON, CONTACT_PERSON, RESIDENTIAL)),
            new Concern(12, 17, false, ANY, Reporter.INSTITUTION,
                    "Skolesundhedsplejersken har set rifter på {navn}s underarme. {navn} har fortalt, at {han} har det svært derhjemme og ikke kan sove om natten.",
                    "{navn} fortæller, at {han} skader sig selv, når tankerne bliver for meget, og at {han} ikke har fortalt det til sine forældre. {navn} vil gerne tale med en voksen uden for familien.",
                    "{mor} var ikke klar over selvskaden og er rystet. Egen læge har henvist {navn} til børne- og ungdomspsykiatrien.",
                    "{navn} har en voksen at tale med og skader ikke sig selv",
                    "{navn} mistrives og har brug for en fast voksen og et behandlingstilbud. Forældrene er omsorgsfulde og samarbejder.",
                    "samtaler med en familierådgiver og kontakt til headspace",
                    List.of(CHILD_WELLBEING),
                    List.of(CONTACT_PERSON, FAMILY_TREATMENT)),
            new Concern(2, 17, false, APART, Reporter.MOTHER,
                    "{mor} henvender sig selv og beder om hjælp. Forældrene gik fra hinanden i efteråret, og overleveringerne ender ofte i skænderier foran {navn}. {navn} har ondt i maven, før {han} skal til {far}.",
                    "{navn} siger, at {han} holder af begge sine forældre, men ikke kan lide, når de taler grimt om hinanden. {navn} ønsker sig faste dage hos dem hver især.",
                    "Begge forældre er enige om, at konflikten fylder for meget for {navn}, og vil gerne deltage i et forløb om samarbejde efter skilsmissen.",
                    "{navn} oplever rolige skift mellem sine forældre",
                    "Forældrenes konflikt efter skilsmissen belaster {navn}. Begge forældre er motiverede for at samarbejde.",
                    "et skilsmisseforløb for forældrene og en børnegruppe for {navn}",
                    List.of(DOMESTIC_CONFLICT, CHILD_WELLBEING),
                    List.of(FAMILY_TREATMENT)),
            new Concern(4, 17, false, TOGETHER, Reporter.INSTITUTION,
                    "{navn} har fortalt en voksen, at {far} slår, når han bliver vred. Personalet har set et blåt mærke på {navn}s overarm.",
                    "{navn} fortæller, at {far} har slået {ham} med flad hånd, når {han} ikke ville høre efter, senest i sidste uge. {navn} er bange for, at {far} bliver vred over, at {han} har fortalt det.",
                    "{far} afviser at have slået, men fortæller, at han er presset og ofte mister besindelsen. {mor} ønsker hjælp til at stoppe konflikterne.",
                    "{navn} er tryg derhjemme og udsættes ikke for vold",
                    "Der er grund til at antage, at {navn} har været udsat for vold. {mor} beskytter {navn}, og {far} har sagt ja til et behandlingsforløb.",
                    "et forløb om konfliktløsning uden vold i {familiehuset}",
                    List.of(VIOLENCE),
                    List.of(FAMILY_TREATMENT, FAMILY_TREATMENT, FOSTER_CARE)),
            new Concern(3, 14, false, APART, Reporter.ANONYMOUS,
                    "En anonym nabo skriver, at {navn} ofte er alene hjemme om aftenen, og at der høres råb fra lejligheden. Naboen har set {navn} lege ude sent uden overtøj.",
                    "{navn} fortæller, at {mor} arbejder om aftenen, og at {han} så ser tv eller spiller. {navn} er ikke bange for at være alene, men savner at spise sammen med nogen.",
                    "{mor} arbejder aftenvagter på plejehjemmet og har ikke kunnet få pasning. Hun vil gerne have hjælp til at finde en løsning.",
                    "{navn} har en voksen hos sig om aftenen",
                    "{navn} er for meget alene. {mor} er omsorgsfuld, men mangler netværk og pasning.",
                    "hjælp til pasning gennem netværket og klubben",
                    List.of(NEGLECT, DOMESTIC_CONFLICT),
                    List.of(CONTACT_PERSON, FAMILY_TREATMENT)));

    static final List<Concern> DISABILITY = List.of(
            new Concern(3, 17, true, ANY, Reporter.PARENTS,
                    "Forældrene søger om støtte: {navn} har fået diagnosen infantil autisme, og hverdagen derhjemme er meget svær. {navn} sover kun få timer om natten, og søskende bliver overset.",
                    "Samtale med {navn} med piktogrammer. {navn} fortæller, at der er for meget larm omkring {ham}, og at {han} bedst kan lide at være på sit værelse med sin iPad.",
                    "Forældrene er udmattede. {mor} er gået ned i tid for at kunne hente {navn} tidligt. De ønsker aflastning og dækning af merudgifter.",
                    "familien har overskud i hverdagen, og {navn} sover om natten",
                    "{navn}s autisme kræver mere af forældrene, end de kan give uden hjælp. Familien har brug for aflastning og en fælles plan med {skole}.",
                    "rådgivning om autisme og et forældrekursus",
                    List.of(OTHER),
                    List.of(RESPITE, COMPENSATION)),
            new Concern(6, 17, true, ANY, Reporter.PPR,
                    "PPR henvender sig: {navn} har ADHD og kan i perioder ikke være i klassen. Skolen, hjemmet og PPR har brug for at koordinere indsatsen.",
                    "{navn} fortæller, at {han} gerne vil i skole, men at det er svært at sidde stille i lange timer. {navn} kan bedst lide frikvarter og idræt.",
                    "Forældrene ønsker et fælles målbillede med skolen, så alle ved, hvad der virker for {navn}.",
                    "{navn} deltager i undervisningen mindst fire timer om dagen",
                    "{navn} har brug for, at skole og hjem arbejder ens. Forældrene har brug for støtte til at holde strukturen.",
                    "et netværksmøde med skole og PPR om et fælles målbillede",
                    List.of(CHILD_BEHAVIOUR, OTHER),
                    List.of(CONTACT_PERSON, COMPENSATION)),
            new Concern(0, 17, true, ANY, Reporter.HOSPITAL,
                    "Herlev Hospitals børneafdeling henvender sig efter {navn}s udskrivning: {navn} har cerebral parese og brug for hjælpemidler, og familien har brug for rådgivning om støtte.",
                    null,
                    "Forældrene fortæller, at de bruger mange timer på træning og hospitalsbesøg. {mor} har svært ved at passe sit arbejde.",
                    "{navn} får den træning, {han} har brug for, og familien kan passe arbejde og hverdag",
                    "Familien har store merudgifter og tabt arbejdstid på grund af {navn}s funktionsnedsættelse.",
                    "rådgivning om hjælpemidler og kontakt til kommunens ergoterapeut",
                    List.of(OTHER),
                    List.of(COMPENSATION, RESPITE)),
            new Concern(1, 8, true, ANY, Reporter.HEALTH_VISITOR,
                    "Sundhedsplejersken er bekymret for {navn}s udvikling: {navn} taler ikke og har svær epilepsi. Familien er presset og kender ikke deres muligheder for støtte.",
                    null,
                    "Forældrene ønsker rådgivning om merudgifter og aflastning og en fast kontakt, der hjælper med at samle trådene mellem hospital, dagtilbud og kommune.",
                    "familien har én indgang til kommunen og en plan, som alle kender",
                    "{navn} har omfattende behov, og familien mangler overblik og aflastning.",
                    "en fast kontaktperson i Handicapteamet og et netværksmøde med dagtilbuddet",
                    List.of(OTHER),
                    List.of(COMPENSATION, RESPITE)));

    private Concerns() {
    }

    /** A concern that fits every child of the family; each catalogue has one that fits any age 0–17. */
    static Concern choose(Dice dice, boolean disability, List<Integer> ages) {
        List<Concern> fitting = (disability ? DISABILITY : FAMILY).stream()
                .filter(concern -> ages.stream().allMatch(concern::fits))
                .toList();
        return dice.pick(fitting);
    }
}
