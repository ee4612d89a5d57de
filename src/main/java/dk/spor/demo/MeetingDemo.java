package dk.spor.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's meetings, derived from the meetings the case stories already tell ('meeting.held' in the chronology,
 * same dates and titles), so the chronology and the meeting pages agree: participants, the agenda of the type with
 * minutes, the child's view, Signs of Safety for the goals the plan demo set (if any), the next follow-up date told in
 * the story, the follow-up meeting planned for that date on most running cases, and the call to each parent after
 * start-up and follow-up meetings: made (as the story's 'contact.call' tells, or a few days after) or, after the
 * most recent meetings, still to make. Set-based and deterministic from the rows' ids and the seed.
 */
@Component
@Order(30)
class MeetingDemo implements DemoSupplement {

    private static final String ZONE = "Europe/Copenhagen";

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        int held = jdbc.sql(HELD_MEETINGS).param("seed", seed).update();
        int planned = jdbc.sql(PLANNED_MEETINGS).param("seed", seed).param("now", Timestamp.from(now)).update();
        jdbc.sql(PARTICIPANTS).param("seed", seed).update();
        jdbc.sql(AGENDAS).param("seed", seed).update();
        int reviews = jdbc.sql(GOAL_REVIEWS).param("seed", seed).update();
        int calls = jdbc.sql(CALLS).param("seed", seed).param("now", Timestamp.from(now)).update();
        jdbc.sql(CALL_CHRONOLOGY).update();
        jdbc.sql(CALL_DEADLINES).update();
        jdbc.sql("analyze meeting, meeting_participant, meeting_agenda_item, meeting_goal_review, meeting_call").update();
        return held + " held and " + planned + " planned meetings, " + reviews + " Signs of Safety reviews, " + calls
                + " calls to parents";
    }

    /** Picks one of the texts by a row's id and the seed. */
    private static String pick(String key, String... texts) {
        return "(array['" + String.join("', '", texts) + "'])[1 + abs(hashtext(" + key + " || ':' || :seed)) % "
                + texts.length + "]";
    }

    private static final String HELD_MEETINGS = """
            insert into meeting (case_id, child_id, type_code, status, starts_at, duration_minutes, place, child_attends,
                                 extra_minutes, supporter_offered, agenda_sent_at, agenda_sent_by, agenda_sent_to,
                                 child_view, child_alone, child_alone_summary, decisions, next_follow_up_on, held_at,
                                 minutes_closed_by, planned_by, planned_at)
            select s.case_id, s.child_id, s.type_code, 'HELD', s.occurred_at, 90, s.place, s.age >= 6,
                   case when s.age >= 6 then 30 else 0 end, s.age >= 10, s.occurred_at - interval '14 days', s.actor_id,
                   'Forældrene og deltagerne på mødet', case when s.age >= 4 then s.child_view end, s.age >= 7,
                   case when s.age >= 7 then s.child_alone_summary end, s.decisions,
                   greatest(coalesce(s.told_next, s.next_meeting, (s.occurred_at + interval '3 months')::date),
                            (s.occurred_at at time zone '%1$s')::date + 1),
                   s.occurred_at, s.actor_id, s.actor_id, s.occurred_at - interval '21 days'
              from (select e.id, e.case_id, c.child_id, e.occurred_at, e.actor_id,
                           case when e.title like 'Opstartsmøde%%' then 'STARTUP'
                                when e.title = 'Netværksmøde' then 'NETWORK' else 'FOLLOW_UP' end as type_code,
                           extract(year from age((e.occurred_at at time zone '%1$s')::date, ch.birth_date)) as age,
                           make_date(n[3]::int, array_position(array['januar', 'februar', 'marts', 'april', 'maj',
                                     'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'], n[2]),
                                     n[1]::int) as told_next,
                           (lead(e.occurred_at) over (partition by e.case_id order by e.occurred_at)
                               at time zone '%1$s')::date as next_meeting,
                           (regexp_match(e.detail, '(Ingen justering[^.]*\\.|Indsatsen justeres[^.]*\\.|Indsatsen fortsætter[^.]*\\.)'))[1]
                               as decisions,
                           %2$s as place, %3$s as child_view, %4$s as child_alone_summary
                      from chronology_entry e
                      join case_file c on c.id = e.case_id
                      join child ch on ch.id = c.child_id
                      left join lateral regexp_match(e.detail, 'Næste opfølgning: (\\d+)\\. (\\S+) (\\d{4})') n on true
                     where e.kind = 'meeting.held') s
             order by s.id""".formatted(ZONE,
            pick("e.id", "Familiehuset", "Rådhuset, mødelokale 2", "Hjemme hos familien", "Skolen"),
            pick("e.id", "Det er blevet lidt bedre derhjemme, men jeg vil gerne have mere tid med far.",
                    "Jeg kan godt lide at gå til fodbold igen. Skolen er stadig svær.",
                    "Jeg synes, det er rart, at der kommer en voksen, jeg kan snakke med.",
                    "Jeg vil gerne have, at mor og far ikke skændes så meget."),
            pick("e.id", "Jeg sover bedre nu, og jeg er ikke så bange om aftenen.",
                    "Jeg har fået en ven i klassen, men frikvartererne er stadig svære.",
                    "Jeg vil gerne blive ved med at se familiebehandleren.",
                    "Det er svært at sige det, når mor er med, men det går bedre."));

    /** The follow-up agreed at the latest held meeting, on most running cases. */
    private static final String PLANNED_MEETINGS = """
            insert into meeting (case_id, child_id, type_code, status, starts_at, duration_minutes, place, child_attends,
                                 extra_minutes, supporter_offered, planned_by, planned_at)
            select m.case_id, m.child_id, 'FOLLOW_UP', 'PLANNED',
                   (m.next_follow_up_on + time '10:00') at time zone '%s', 90, m.place, m.child_attends,
                   m.extra_minutes, m.supporter_offered, m.planned_by, m.held_at + interval '1 day'
              from (select distinct on (case_id) * from meeting where status = 'HELD'
                     order by case_id, starts_at desc) m
              join case_file c on c.id = m.case_id and c.closed_at is null
             where m.next_follow_up_on > cast(:now as timestamptz)::date
               and abs(hashtext(m.id || ':' || :seed)) %% 4 <> 0
             order by m.id""".formatted(ZONE);

    private static final String PARTICIPANTS = """
            insert into meeting_participant (meeting_id, position, perspective, name, role_label, person_id, attended)
            select m.id, p.position, p.perspective, p.name, p.role_label, p.person_id,
                   case when m.status = 'HELD' then p.position < 3 or abs(hashtext(m.id || ':' || p.position || ':' || :seed)) %% 10 <> 0 end
              from meeting m
              join child ch on ch.id = m.child_id
              join case_file c on c.id = m.case_id
              cross join lateral (
                  select 1 as position, 'CHILD' as perspective, ch.first_name || ' ' || ch.last_name as name,
                         'Barnet' as role_label, null::bigint as person_id where m.child_attends
                  union all
                  select 2 + row_number() over (order by r.relation, r.person_id), 'PARENT', pe.first_name || ' ' || pe.last_name,
                         case r.relation when 'MOTHER' then 'Mor' else 'Far' end, pe.id
                    from child_relation r join person pe on pe.id = r.person_id
                   where r.child_id = m.child_id and r.relation in ('MOTHER', 'FATHER')
                  union all
                  select 2, 'CASEWORKER', u.full_name, 'Rådgiver', null from app_user u
                   where u.id = coalesce(c.caseworker_id, m.planned_by)) p
             order by m.id, p.position""".formatted();

    private static final String AGENDAS = """
            insert into meeting_agenda_item (meeting_id, position, title, guidance, minutes)
            select m.id, t.position, t.title, t.guidance,
                   case when m.status <> 'HELD' then null
                        when t.position = 1 then e.detail
                        when abs(hashtext(m.id || ':' || t.position || ':' || :seed)) %% 3 = 0 then %s end
              from meeting m
              join meeting_type_agenda_item t on t.type_code = m.type_code
              left join chronology_entry e on e.case_id = m.case_id and e.kind = 'meeting.held'
                                          and e.occurred_at = m.starts_at
             order by m.id, t.position""".formatted(pick("m.id || ':' || t.position",
            "Gennemgået med familien. Alle fik ordet.", "Forældrene er enige i vurderingen.",
            "Udføreren fortalte om forløbet siden sidst.", "Barnet fortalte selv, med støtte fra mor."));

    private static final String GOAL_REVIEWS = """
            insert into meeting_goal_review (meeting_id, goal_id, goal_title, worries, working, must_happen)
            select m.id, g.id, g.title, %s, %s, %s
              from meeting m
              join goal g on g.case_id = m.case_id and g.set_on <= (m.starts_at at time zone '%s')::date
                         and (g.closed_on is null or g.closed_on >= (m.starts_at at time zone '%s')::date)
             where m.status = 'HELD' and m.type_code in ('STARTUP', 'FOLLOW_UP')
             order by m.id, g.id""".formatted(
            pick("m.id || ':' || g.id", "Fraværet er stadig højt om mandagen.",
                    "Konflikterne derhjemme fylder, når far har haft en hård uge.",
                    "Barnet trækker sig fra kammeraterne i frikvarteret."),
            pick("m.id || ':' || g.id", "Barnet kommer i skole de dage, en klassekammerat henter.",
                    "Mor og far bruger de aftaler, de har lavet med familiebehandleren.",
                    "Morfar henter to dage om ugen, og det giver ro."),
            pick("m.id || ':' || g.id", "Faste morgenrutiner, som forældrene følger hver dag.",
                    "Skolen giver besked samme dag, hvis barnet ikke er mødt.",
                    "Forældrene øver de rolige samtaler, også når det er svært."), ZONE, ZONE);

    /**
     * One call per parent after start-up and follow-up meetings: made when the story tells it, otherwise a few
     * days after the meeting, except after the most recent meetings on running cases, where the call is still to make.
     */
    private static final String CALLS = """
            insert into meeting_call (meeting_id, case_id, child_id, perspective, person_id, person_name, relation_label,
                                      due_at, called_at, intervention_started, good_development, notes, called_by)
            select m.id, m.case_id, m.child_id, 'PARENT', pe.id, pe.first_name || ' ' || pe.last_name,
                   case r.relation when 'MOTHER' then 'Mor' else 'Far' end, d.due_at, x.called_at,
                   case when x.called_at is not null then %s end,
                   case when x.called_at is not null then %s end,
                   told.detail, case when x.called_at is not null then m.minutes_closed_by end
              from meeting m
              join case_file c on c.id = m.case_id
              join child_relation r on r.child_id = m.child_id and r.relation in ('MOTHER', 'FATHER')
              join person pe on pe.id = r.person_id
              cross join lateral (select (((m.starts_at at time zone '%s')::date + 14) + time '23:59:59.999999')
                                          at time zone '%s' as due_at) d
              left join lateral (select e.occurred_at, e.detail from chronology_entry e
                                  where e.case_id = m.case_id and e.kind = 'contact.call'
                                    and e.title = 'Telefonopfølgning med ' || pe.first_name
                                    and e.occurred_at between m.starts_at and d.due_at
                                  order by e.occurred_at limit 1) told on true
              cross join lateral (select case
                         when told.occurred_at is not null then told.occurred_at
                         when c.closed_at is null and d.due_at > cast(:now as timestamptz) then null
                         else least(m.starts_at + (2 + abs(hashtext(m.id || ':' || pe.id || ':' || :seed)) %% 10)
                                    * interval '1 day', coalesce(c.closed_at, cast(:now as timestamptz)))
                         end as called_at) x
             where m.status = 'HELD' and m.type_code in ('STARTUP', 'FOLLOW_UP')
             order by m.id, pe.id""".formatted(
            pick("m.id || ':' || pe.id", "Ja, de første besøg har været der.", "Ja, det kører fast hver uge nu.",
                    "Delvist: et besøg er blevet aflyst."),
            pick("m.id || ':' || pe.id", "Ja, der er mere ro om morgenen.",
                    "Det er for tidligt at sige, men barnet er glad for kontaktpersonen.",
                    "Ja, men det er svært at holde fast i aftalerne, når der er travlt."), ZONE, ZONE);

    /** The calls the story did not tell as 'contact.call' get their own line in the chronology. */
    private static final String CALL_CHRONOLOGY = """
            insert into chronology_entry (case_id, occurred_at, kind, title, detail, actor_id)
            select c.case_id, c.called_at, 'meeting.call',
                   'Telefonopfølgning med ' || c.person_name || ' (' || c.relation_label || ')',
                   'Efter ' || lower(t.name) || '. Er indsatsen gået i gang? ' || c.intervention_started
                       || ' Bidrager indsatsen til en god udvikling? ' || c.good_development, c.called_by
              from meeting_call c
              join meeting m on m.id = c.meeting_id
              join meeting_type t on t.code = m.type_code
             where c.called_at is not null and c.notes is null
             order by c.id""";

    private static final String CALL_DEADLINES = """
            insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                  triggered_at, due_at, met_at)
            select 'meeting.parent-call',
                   'Ring efter mødet til ' || c.person_name
                       || coalesce(' (' || lower(c.relation_label) || ')', ''), 'MEETING_CALL', c.id, c.case_id,
                   c.child_id, cf.caseworker_id, m.starts_at, c.due_at, c.called_at
              from meeting_call c
              join meeting m on m.id = c.meeting_id
              join case_file cf on cf.id = c.case_id
             order by c.id""";
}
