package dk.pejling.demo;

import java.util.List;

/**
 * Stories for the demo's closed round, per Kodeks point (index = point - 1): what employees write when a value is a
 * strength, and when it is not. Concrete situations, no names, no health details, as the survey asks.
 */
final class DemoStories {

    private DemoStories() {
    }

    static final List<List<String>> POSITIVE = List.of(
            List.of("Da to kolleger var uenige om vagtplanen i flere uger, tog vores leder en samtale med dem begge "
                    + "og fik lavet en aftale, som holdt.",
                    "Da der skulle spares på vikarbudgettet, traf vores leder en beslutning hurtigt og forklarede "
                            + "den på personalemødet. Det var rart ikke at gå i uvished.",
                    "Vi protesterede mod den nye mødestruktur, men lederen holdt fast og forklarede hvorfor. Efter "
                            + "et par måneder kan de fleste se, at det virker."),
            List.of("Ved planlægningsdagen viste vores leder, hvordan vores mål hænger sammen med udvalgets "
                    + "politik. Det gav mening for første gang.",
                    "Da vi spurgte, om vi selv måtte ændre åbningstiderne, fik vi et klart svar på, hvad vi kunne "
                            + "bestemme, og hvad der skulle op i direktionen."),
            List.of("Vores leder var med ude på en borgersag og kunne se, hvor lang tid opgaven faktisk tager. "
                    + "Bagefter blev normen justeret.",
                    "På teammødet spurgte lederen ind til, hvordan vi håndterer de nye dokumentationskrav i "
                            + "praksis, og tog vores forslag med videre.",
                    "Ved prioriteringen af opgaver i sommerferien blev der lyttet til den faglige vurdering, "
                            + "ikke kun til bemandingen."),
            List.of("Da en borger klagede over ventetiden, fulgte lederen selv op og kom tilbage til os med, hvad "
                    + "vi kunne gøre anderledes.",
                    "Lederen gav os lov til at lave en særlig løsning for en borger, der ikke passede ind i "
                            + "standarden. Det gjorde en stor forskel for borgeren.",
                    "Vi har fået lov at invitere borgere med til et udviklingsmøde. Det har givet gode idéer."),
            List.of("Efter budgetforhandlingerne holdt lederen et kort møde samme dag og fortalte, hvad det betød "
                    + "for os. Ingen rygter nåede at starte.",
                    "Da vi spurgte til omorganiseringen, fik vi et ærligt svar – også om det, der endnu ikke var "
                            + "besluttet."),
            List.of("Vi har fået tre klare mål for året, og lederen følger op på dem hver måned på tavlemødet.",
                    "Lederen forklarede, hvad dokumentationen bliver brugt til. Nu giver det mening at skrive "
                            + "den.",
                    "Tallene fra tilfredshedsmålingen blev brugt til at ændre vores modtagelse af nye borgere."),
            List.of("Da vi lykkedes med at nedbringe ventelisten, gav lederen kage og fortalte det videre til "
                    + "direktionen.",
                    "Lederen fik sat et fast samarbejdsmøde op med naboafdelingen, så vi ikke længere sender sager "
                            + "frem og tilbage.",
                    "Ved åbent hus fortalte vores leder så engageret om arbejdspladsen, at to studerende søgte "
                            + "job bagefter."),
            List.of("Da jeg havde en svær periode privat, fik jeg en ordentlig samtale og en plan for "
                    + "opgaverne. Jeg følte mig set.",
                    "Lederens dør står åben, og man får et svar samme dag, også når det er travlt.",
                    "Ved fordelingen af weekendvagter blev der taget hensyn til, at nogle havde små børn."),
            List.of("Vi fik lov at afprøve en ny måde at holde overlap på i en måned. Den blev til vores nye "
                    + "praksis.",
                    "Da en fejl gik ud over en borger, talte lederen om, hvad vi kunne lære, i stedet for at finde "
                            + "en skyldig.",
                    "Lederen satte en time af på personalemødet til forslag fra medarbejderne. Tre af dem er "
                            + "gennemført."),
            List.of("Efter sidste måling bad lederen os om at sige, hvad der skulle gøres anderledes, og gjorde "
                    + "det så.",
                    "Lederen sagde på et møde: 'Det håndterede jeg ikke godt i sidste uge.' Det gav plads til, at "
                            + "vi andre også kan sige det."),
            List.of("Lederen har hentet idéer fra en anden kommune om digital vagtbytning, som vi nu bruger.",
                    "Da opgaven krævede hjælp fra jobcentret, tog lederen selv kontakt og fik lavet en aftale.",
                    "En kollega med en anden baggrund fik ansvaret for et projekt, fordi lederen så, hvad hun "
                            + "kunne."));

    static final List<List<String>> CRITICAL = List.of(
            List.of("Konflikten om fordelingen af opgaver har kørt i et halvt år. Jeg savner, at lederen tager den "
                    + "op med de involverede.",
                    "Beslutningen om nye arbejdstider blev udskudt tre gange. Til sidst vidste ingen, hvad der "
                            + "gjaldt."),
            List.of("Vi hører først om politiske beslutninger, når de er gennemført. Det er svært at se, hvad vi "
                    + "selv har indflydelse på.",
                    "Jeg ved ikke, om vores erfaringer med den nye visitation nogensinde er nået videre."),
            List.of("Det virker, som om lederen ikke kender til, hvor lang tid dokumentationen tager hos os.",
                    "Vi har ikke haft en faglig drøftelse med lederen i flere måneder."),
            List.of("En klage fra en pårørende blev liggende i lang tid, uden at vi hørte noget.",
                    "Vi får sjældent lov at afvige fra standarden, selv når det ville være bedre for borgeren."),
            List.of("Vi hørte om den nye mødestruktur fra en kollega i en anden afdeling, før vores leder fortalte "
                    + "det.",
                    "På personalemødet om besparelserne fik vi mange ord, men jeg gik derfra uden at vide, hvad "
                            + "der ændrer sig for mig.",
                    "Det tog tre uger at få svar på, hvorfor vores team blev flyttet. Uvisheden fyldte meget.",
                    "Informationen kommer i lange mails, som er svære at forstå. Jeg savner, at vi taler om det."),
            List.of("Vi får mange mål, men ingen følger op på, om vi når dem.",
                    "Dokumentationskravene blev skærpet, uden at nogen forklarede, hvad de skal bruges til.",
                    "Resultaterne fra sidste måling blev vist på et møde, men der skete ikke mere."),
            List.of("Samarbejdet med natholdet er svært, og det er ikke blevet taget op.",
                    "Vi fejrer sjældent, når noget lykkes. Det bliver bare til den næste opgave."),
            List.of("Lederen er svær at fange. Man skal booke en tid to uger frem for at få en snak.",
                    "Da jeg bad om en samtale om min arbejdsbyrde, blev den aflyst to gange.",
                    "Jeg savner, at der bliver spurgt til, hvordan vi har det, når der er travlt."),
            List.of("Forslag fra medarbejderne bliver noteret, men vi hører ikke mere om dem.",
                    "Vi har ikke tid til at tale om, hvordan vi kan gøre tingene bedre. Det er altid drift først.",
                    "Da der skete en fejl, blev der mest talt om, hvem der havde ansvaret."),
            List.of("Vi blev bedt om feedback sidste år, men jeg kan ikke se, at der er sket noget.",
                    "Det er svært at sige til lederen, når noget ikke fungerer. Det bliver hurtigt forklaret væk.",
                    "Lederen erkender sjældent, når en beslutning ikke virkede."),
            List.of("Vi arbejder meget for os selv. Samarbejdet med andre afdelinger går gennem lange "
                    + "mailkæder.",
                    "Jeg har kompetencer fra mit tidligere job, som ingen har spurgt til."));
}
