package dk.spor.demo;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.followup.AssessmentOutcome;
import dk.spor.followup.ContactChannel;
import dk.spor.followup.Counterpart;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The close contact of the running cases over the last year: calls, home visits, texts and e-mails with the family,
 * the child, school, the provider and the network, each new information with its assessment. Most are assessed;
 * the newest often are not, and a few old ones were forgotten, so the start pages' lists have something to show.
 */
@Component
@Order(40)
class FollowUpDemo implements DemoSupplement {

    private static final String RUNNING_PHASES = "('FOCUSED_ASSESSMENT', 'CHILD_INVESTIGATION', 'DECISION', "
            + "'EARLY_SUPPORT', 'INTERVENTION')";

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        int contacts = jdbc.sql(CONTACTS).param("seed", String.valueOf(seed)).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into chronology_entry (case_id, occurred_at, kind, title, detail, actor_id)
                select case_id, occurred_at, 'contact.' || replace(lower(channel), '_', '-'), %s, summary
                       || coalesce(' Barnets egne ord: »' || child_words || '«', ''), recorded_by
                  from contact_entry""".formatted(HEADING)).update();
        int items = jdbc.sql(NEW_INFORMATION.replace("{heading}", HEADING)).param("seed", String.valueOf(seed))
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into new_information_intervention (new_information_id, intervention_id)
                select n.id, i.id from new_information n
                  join intervention i on i.case_id = n.case_id and i.status <> 'ENDED'
                 where n.outcome = 'ADJUST_INTERVENTION'""").update();
        jdbc.sql("""
                insert into chronology_entry (case_id, occurred_at, kind, title, detail, actor_id)
                select case_id, received_at, 'followup.registered', 'Ny viden til vurdering: ' || title, 'Kontakt', null
                  from new_information
                union all
                select case_id, assessed_at, 'followup.assessed', 'Ny viden vurderet: ' || %s,
                       title || '.' || coalesce(' Justering: ' || adjustment, '') || ' Vurdering: ' || assessment,
                       assessed_by
                  from new_information where assessed_at is not null""".formatted(labels("outcome",
                        AssessmentOutcome.values(), AssessmentOutcome::label))).update();
        long unassessed = jdbc.sql("select count(*) from new_information where assessed_at is null")
                .query(Long.class).single();
        return contacts + " contacts, " + items + " new information (" + unassessed + " unassessed)";
    }

    /** "Telefonsamtale med Anne Hansen, mor (familien)", as {@code Contact.heading()} writes it. */
    private static final String HEADING = labels("channel", ContactChannel.values(), ContactChannel::label)
            + " || ' med ' || person_name || ' (' || "
            + labels("counterpart", Counterpart.values(), c -> c.label().toLowerCase(Locale.ROOT)) + " || ')'";

    private static <E extends Enum<E>> String labels(String column, E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> "when '" + v.name() + "' then '" + label.apply(v) + "'")
                .collect(Collectors.joining(" ", "(case " + column + " ", " end)"));
    }

    /**
     * 3–8 contacts per running case, spread over the year before now (never before the case opened), in working
     * hours. The counterpart, channel and text follow from a hash of the case, the contact's number and the seed.
     */
    private static final String CONTACTS = """
            with providers as (
                select coalesce(array_agg(name order by id), '{Familiehuset}') as names from provider),
            slots as (
                select c.id as case_id, c.child_id, c.caseworker_id, c.opened_at, ch.first_name, ch.school,
                       abs(hashtext(c.id || ':contact:' || n || ':' || cast(:seed as text))) as h
                  from case_file c
                  join child ch on ch.id = c.child_id
                  cross join lateral generate_series(1, 3 + abs(hashtext(c.id || ':contacts:' || cast(:seed as text))) % 6) n
                 where c.closed_at is null and c.phase in """ + RUNNING_PHASES + """
            ),
            picked as (
                select s.*,
                       (array['FAMILY','FAMILY','FAMILY','FAMILY','CHILD','SCHOOL','SCHOOL','PROVIDER','PROVIDER',
                              'NETWORK'])[1 + s.h % 10] as counterpart,
                       least(cast(:now as timestamptz) - interval '1 hour', greatest(s.opened_at + interval '1 day',
                             date_trunc('day', cast(:now as timestamptz) - make_interval(days => 1 + (s.h / 10) % 360))
                             + make_interval(hours => 8 + (s.h / 7) % 8, mins => (s.h / 3) % 60))) as occurred_at
                  from slots s
            )
            insert into contact_entry (case_id, child_id, channel, counterpart, person_id, person_name, occurred_at,
                                       summary, child_words, recorded_by, recorded_at)
            select p.case_id, p.child_id,
                   case p.counterpart
                       when 'FAMILY' then (array['CALL','CALL','HOME_VISIT','TEXT'])[1 + (p.h / 11) % 4]
                       when 'CHILD' then (array['VISIT','HOME_VISIT','TEXT'])[1 + (p.h / 11) % 3]
                       when 'SCHOOL' then (array['CALL','EMAIL','VISIT'])[1 + (p.h / 11) % 3]
                       when 'PROVIDER' then (array['CALL','EMAIL','VISIT'])[1 + (p.h / 11) % 3]
                       else (array['CALL','TEXT'])[1 + (p.h / 11) % 2] end,
                   p.counterpart, r.person_id,
                   case p.counterpart
                       when 'FAMILY' then coalesce(r.name, 'forældrene')
                       when 'NETWORK' then coalesce(r.name, (array['fodboldtræner Jesper','nabo Inger',
                                                                'spejderleder Karen'])[1 + (p.h / 13) % 3])
                       when 'CHILD' then p.first_name
                       when 'SCHOOL' then 'klasselærer, ' || coalesce(p.school, 'skolen')
                       else (select names[1 + (p.h / 13) % cardinality(names)] from providers) end,
                   p.occurred_at,
                   replace(case p.counterpart
                       when 'FAMILY' then (array[
                           'Mor fortæller, at morgenerne er blevet roligere, efter at de har lavet en fast plan.',
                           'Far ringer, fordi {barn} igen ikke vil i skole om mandagen. Aftalt at tale med skolen.',
                           'Hjemmet er ryddeligt, og der er mad i køleskabet. Forældrene er trætte, men samarbejder.',
                           'Mor er bekymret for, at {barn} sidder oppe om natten med telefonen.',
                           'Forældrene har været til første samtale hos familiebehandleren og synes, det var godt.',
                           'Far fortæller, at der har været et skænderi i weekenden, men at det er faldet til ro.'])[1 + (p.h / 17) % 6]
                       when 'CHILD' then (array[
                           'Samtale med {barn} alene på skolen om, hvordan det går derhjemme.',
                           '{barn} fortæller om sin nye ven i klassen og om fodbold om onsdagen.',
                           '{barn} skriver, at det har været en svær uge, og vil gerne snakke.',
                           'Besøg hjemme, hvor {barn} viste sit værelse og fortalte om skolen.'])[1 + (p.h / 17) % 4]
                       when 'SCHOOL' then (array[
                           'Klasselæreren oplever, at {barn} er mere deltagende i timerne og har færre konflikter.',
                           '{barn} har haft 4 fraværsdage den seneste måned. Skolen følger op med forældrene.',
                           'Skolen fortæller, at {barn} ofte kommer uden madpakke og er træt i første time.',
                           'Status fra skolen: fraværet er faldet, og {barn} har fået en fast voksen i frikvartererne.'])[1 + (p.h / 17) % 4]
                       when 'PROVIDER' then (array[
                           'Familiebehandleren oplever, at forældrene bruger de aftalte strategier ved sengetid.',
                           'Udføreren melder aflyste aftaler to uger i træk. Familien er svær at få fat i.',
                           'Kontaktpersonen fortæller, at {barn} er begyndt at tale om sine følelser.',
                           'Udføreren foreslår at flytte samtalerne til eftermiddagen, så {barn} kan være med.'])[1 + (p.h / 17) % 4]
                       else (array[
                           'Træneren fortæller, at {barn} kommer stabilt til træning og er glad.',
                           'Netværket har hjulpet med at hente {barn} fra skole, når mor er på arbejde.',
                           'Mormor fortæller, at {barn} har sovet hos hende i weekenden og virkede glad.'])[1 + (p.h / 17) % 3]
                       end, '{barn}', p.first_name),
                   case when p.counterpart = 'CHILD' or p.counterpart = 'FAMILY' and (p.h / 19) % 4 = 0 then (array[
                           'Jeg kan bedst lide, når vi spiser sammen om aftenen.',
                           'Det er okay i skolen nu. Jeg har fået en at være sammen med.',
                           'Jeg vil gerne have, at mor og far ikke råber så meget.',
                           'Jeg vil gerne blive ved med at gå til fodbold.'])[1 + (p.h / 23) % 4] end,
                   p.caseworker_id, p.occurred_at + interval '2 hours'
              from picked p
              left join lateral (
                  select cr.person_id, pe.first_name || ' ' || pe.last_name || ', ' ||
                         (case cr.relation when 'MOTHER' then 'mor' when 'FATHER' then 'far'
                              when 'GRANDPARENT' then 'bedsteforælder' when 'STEP_PARENT' then 'papforælder'
                              when 'FOSTER_PARENT' then 'plejeforælder' when 'OTHER_FAMILY' then 'anden familie'
                              else 'netværk' end) as name
                    from child_relation cr join person pe on pe.id = cr.person_id
                   where cr.child_id = p.child_id
                     and (p.counterpart = 'FAMILY' and cr.relation in ('MOTHER', 'FATHER', 'FOSTER_PARENT', 'STEP_PARENT')
                          or p.counterpart = 'NETWORK' and cr.relation in ('GRANDPARENT', 'OTHER_FAMILY', 'NETWORK'))
                   order by hashtext(cr.person_id || ':' || p.h)
                   limit 1) r on p.counterpart in ('FAMILY', 'NETWORK')""";

    /**
     * Every contact becomes new information. Assessed within a few days by the case's caseworker, mostly without
     * adjustment; about half of the last two weeks' and one in sixty of the older are still unassessed.
     */
    private static final String NEW_INFORMATION = """
            with graded as (
                select e.*, c.caseworker_id, abs(hashtext(e.id || ':assess:' || cast(:seed as text))) as h,
                       e.occurred_at > cast(:now as timestamptz) - interval '14 days' as recent
                  from contact_entry e join case_file c on c.id = e.case_id),
            decided as (
                select g.*,
                       g.caseworker_id is not null and not (g.recent and g.h % 2 = 0) and g.h % 60 <> 1 as assessed,
                       (array['NO_ADJUSTMENT','NO_ADJUSTMENT','NO_ADJUSTMENT','NO_ADJUSTMENT','NO_ADJUSTMENT',
                              'NO_ADJUSTMENT','NO_ADJUSTMENT','ADJUST_INTERVENTION','ADJUST_INTERVENTION',
                              'FOLLOW_UP_MEETING'])[1 + (g.h / 7) % 10] as outcome,
                       least(cast(:now as timestamptz) - interval '5 minutes', g.occurred_at + make_interval(days => (g.h / 5) % 5,
                             hours => 3)) as assessed_at
                  from graded g)
            insert into new_information (source, source_id, case_id, child_id, received_at, title, summary,
                                         registered_at, outcome, assessment, adjustment, meeting_starts_at,
                                         assessed_by, assessed_at)
            select 'CONTACT', d.id, d.case_id, d.child_id, d.occurred_at, {heading}, d.summary, d.recorded_at,
                   case when d.assessed then d.outcome end,
                   case when d.assessed then case d.outcome
                       when 'NO_ADJUSTMENT' then (array[
                           'Oplysningerne bekræfter den udvikling, vi så på sidste møde. Indsatsen fortsætter uændret.',
                           'Kendt i forvejen og drøftet med familien. Giver ikke anledning til ændringer nu.',
                           'Positiv udvikling i tråd med målene. Ingen justering; følges op på næste møde.',
                           'Enkeltstående episode. Forældrene har selv taget hånd om det. Ingen justering.'])[1 + (d.h / 11) % 4]
                       when 'ADJUST_INTERVENTION' then
                           'Oplysningerne viser, at indsatsen ikke rammer hverdagen godt nok. Indsatsen justeres.'
                       else 'Der er behov for at samle familien og netværket og se på målene igen.' end end,
                   case when d.assessed and d.outcome = 'ADJUST_INTERVENTION' then (array[
                           'Samtalerne flyttes til eftermiddagen, så barnet kan deltage.',
                           'To ekstra timer om ugen i de næste to måneder med fokus på morgenrutiner.',
                           'Familiebehandleren inddrager skolen i et fælles møde om fraværet.'])[1 + (d.h / 13) % 3] end,
                   case when d.assessed and d.outcome = 'FOLLOW_UP_MEETING'
                        then date_trunc('day', d.assessed_at) + interval '14 days 10 hours' end,
                   case when d.assessed then d.caseworker_id end,
                   case when d.assessed then d.assessed_at end
              from decided d""";
}
