package dk.spor.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children's plans and goals: a plan wherever the case course made one (the met {@code child-plan.after-decision}
 * deadlines), the § 32 stances, and 1–3 goals per running case in the family's words, with what each participant
 * wants to see happen, who supports what, and the history of the goal. Deterministic from the ids and the seed.
 */
@Component
@Order(10)
class PlanDemo implements DemoSupplement {

    /** Goals in the family's words: title, the child's, a parent's and the school's "se ske", the support, ICS. */
    private static final String GOAL_POOL = """
            (values
             (0, 'Jeg kommer i skole hver dag', 'Jeg har lyst til at gå i skole om morgenen',
              'Morgenerne er rolige, og {navn} er klar til tiden', 'Fraværet er under 5 procent',
              'SCHOOL', 'Klasselæreren ringer hjem samme dag ved fravær', 2),
             (1, 'Vi skændes mindre derhjemme', 'Der bliver ikke råbt, når vi spiser',
              'Vi kan tale om uenigheder uden at hæve stemmen', '{navn} fortæller i skolen, at der er ro hjemme',
              'PROVIDER', 'Familiebehandleren øver konfliktløsning med familien hver uge', 7),
             (2, 'Jeg har en ven, jeg kan være sammen med efter skole', 'Jeg har en at lege med i frikvartererne',
              '{navn} har en aftale med en kammerat mindst én gang om ugen', '{navn} er med i legen i frikvartererne',
              'NETWORK', 'Mormor kører til fodbold om tirsdagen', 4),
             (3, 'Jeg sover bedre om natten', 'Jeg vågner ikke om natten', '{navn} er i seng kl. 21 de fleste aftener',
              '{navn} er frisk i første time', 'PARENT', 'Mor og far laver en fast aftenrutine sammen med {navn}', 1),
             (4, 'Mor har overskud til hverdagen', 'Mor griner mere', 'Jeg når at lave aftensmad de fleste dage',
              '{navn} har madpakke med hver dag', 'NETWORK', 'Moster henter om torsdagen', 6),
             (5, 'Jeg siger til, når jeg bliver vred, i stedet for at slå', 'Jeg går hen til en voksen, når jeg bliver vred',
              'Vi har ikke fået opkald fra skolen om slåskampe', 'Der er ingen episoder med slag i klassen',
              'SCHOOL', 'AKT-læreren har en fast samtale med {navn} om mandagen', 3),
             (6, 'Jeg ved, hvornår jeg skal se mor og far', 'Jeg har en kalender med samværet',
              'Samværet bliver ikke aflyst i sidste øjeblik', '{navn} er rolig dagen efter samvær',
              'PROVIDER', 'Kontaktpersonen forbereder samværet med {navn}', 8),
             (7, 'Jeg kan lave mine lektier', 'Jeg får hjælp, når jeg går i stå', 'Lektierne er lavet tre dage om ugen',
              '{navn} afleverer sine opgaver', 'SCHOOL', 'Lektiecaféen om onsdagen', 2)
            ) as pool(idx, title, child_text, parent_text, school_text, supporter, support_text, dimension)""";

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        Timestamp at = Timestamp.from(now);
        int plans = jdbc.sql("""
                insert into child_plan (case_id, child_id, kind, decision_id, established_on, purpose, child_view,
                                        parents_view, support, created_by, created_at)
                select distinct on (x.case_id) x.case_id, c.child_id,
                       case when age(cast(dl.met_at as date), ch.birth_date) >= interval '16 years'
                            then 'YOUTH_PLAN' else 'CHILD_PLAN' end,
                       x.id, cast(dl.met_at as date), x.purpose, x.child_view, x.parents_view,
                       'Forældrene, netværket og skolen støtter op om målene; udføreren giver status før hver opfølgning.',
                       coalesce(c.caseworker_id, x.decided_by), dl.met_at
                  from deadline dl
                  join decision x on x.id = dl.subject_id
                  join case_file c on c.id = x.case_id
                  join child ch on ch.id = c.child_id
                 where dl.rule_id = 'child-plan.after-decision' and dl.subject_type = 'DECISION' and dl.met_at is not null
                 order by x.case_id, dl.met_at""").update();
        int stances = jdbc.sql("""
                insert into plan_decision (case_id, child_id, decision_id, decided_on, plan_needed, reason, recorded_by,
                                           recorded_at)
                select x.case_id, x.child_id, x.id, x.decided_on, p.id is not null,
                       case when p.id is not null
                            then 'Barnet og forældrene ønsker en plan, der samler målene for indsatsen.'
                            else 'Målene fremgår af afgørelsen, og familien har ikke ønsket en plan.' end,
                       x.decided_by, x.recorded_at
                  from decision x
                  left join deadline p on p.rule_id = 'child-plan.after-decision' and p.subject_type = 'DECISION'
                                      and p.subject_id = x.id
                 where x.type = 'SUPPORTIVE' and x.legal_basis_id = 'BL-32'""").update();
        jdbc.sql("""
                create temporary table demo_goal on commit drop as
                select c.id as case_id, c.child_id, coalesce(c.caseworker_id, x.decided_by) as author, p.id as plan_id,
                       replace(pool.title, '{navn}', ch.first_name) as title,
                       replace(pool.child_text, '{navn}', ch.first_name) as child_text,
                       replace(pool.parent_text, '{navn}', ch.first_name) as parent_text,
                       replace(pool.school_text, '{navn}', ch.first_name) as school_text,
                       pool.supporter, replace(pool.support_text, '{navn}', ch.first_name) as support_text,
                       pool.dimension, ch.first_name,
                       least(coalesce(p.established_on, x.decided_on + 14), cast(:now as date)) as set_on,
                       abs(hashtext(c.id || ':' || n || ':' || :seed)) as h
                  from case_file c
                  join child ch on ch.id = c.child_id
                  join lateral (select * from decision d where d.case_id = c.id
                                   and d.type in ('EARLY_SUPPORT', 'SUPPORTIVE', 'PLACEMENT')
                                 order by d.decided_on desc limit 1) x on true
                  left join child_plan p on p.case_id = c.id
                  cross join lateral generate_series(1, 1 + abs(hashtext(c.id || ':goals:' || :seed)) % 3) n
                  join """ + GOAL_POOL + """
                    on pool.idx = (abs(hashtext(c.id || ':pool:' || :seed)) + n) % 8
                 where c.closed_at is null and c.phase in ('EARLY_SUPPORT', 'INTERVENTION')""")
                .param("now", at).param("seed", seed).update();
        jdbc.sql("analyze demo_goal").update();
        int goals = jdbc.sql("""
                insert into goal (case_id, child_id, plan_id, title, status, set_on, review_on, closed_on, status_reason,
                                  created_by, created_at)
                select case_id, child_id, plan_id, title,
                       case when set_on < cast(:now as date) - 120 and h % 4 = 0 then 'ACHIEVED' else 'ACTIVE' end,
                       set_on, null, case when set_on < cast(:now as date) - 120 and h % 4 = 0 then set_on + 90 end,
                       case when set_on < cast(:now as date) - 120 and h % 4 = 0
                            then 'Målet er nået: ' || child_text || ', siger ' || first_name || ' selv.' end,
                       author, cast(set_on as timestamp) + interval '10 hours'
                  from demo_goal""").param("now", at).update();
        jdbc.sql("""
                insert into goal_criterion (goal_id, perspective, name, text, position)
                select g.id, v.perspective, v.name, v.text, v.position
                  from demo_goal d join goal g on g.case_id = d.case_id and g.title = d.title
                 cross join lateral (values ('CHILD', d.first_name, d.child_text, 0), ('PARENT', 'Mor', d.parent_text, 1),
                                            ('SCHOOL', null, d.school_text, 2)) v(perspective, name, text, position)""")
                .update();
        jdbc.sql("""
                insert into goal_supporter (goal_id, perspective, name, contribution, position)
                select g.id, d.supporter, null, d.support_text, 0
                  from demo_goal d join goal g on g.case_id = d.case_id and g.title = d.title""").update();
        jdbc.sql("""
                insert into goal_ics_dimension (goal_id, dimension_id)
                select g.id, d.dimension from demo_goal d join goal g on g.case_id = d.case_id and g.title = d.title""")
                .update();
        jdbc.sql("""
                insert into goal_revision (goal_id, revised_at, revised_by, reason, title_after, status_after,
                                           review_after, details_after)
                select g.id, g.created_at, g.created_by, 'Målet er sat', g.title, 'ACTIVE', g.set_on + interval '2 months',
                       'Se ske – Barnet (' || d.first_name || '): ' || d.child_text || E'\\n'
                       || 'Se ske – Forælder (Mor): ' || d.parent_text || E'\\n'
                       || 'Se ske – Skole eller dagtilbud: ' || d.school_text || E'\\n'
                       || 'Støtte – ' || d.support_text || E'\\n'
                  from demo_goal d join goal g on g.case_id = d.case_id and g.title = d.title""").update();
        jdbc.sql("""
                insert into goal_revision (goal_id, revised_at, revised_by, reason, title_before, title_after,
                                           status_before, status_after, review_before, review_after, details_before,
                                           details_after)
                select r.goal_id,
                       greatest(g.created_at + interval '1 month', cast(:now as timestamptz) - (d.h % 50) * interval '1 day'),
                       g.created_by,
                       case when g.status = 'ACHIEVED' then 'Gennemgået på opfølgningsmødet: målet er nået'
                            else 'Gennemgået på opfølgningsmødet med barnet og forældrene; målet gælder fortsat' end,
                       g.title, g.title, 'ACTIVE', g.status, r.review_after, null, r.details_after, r.details_after
                  from goal_revision r join goal g on g.id = r.goal_id
                  join demo_goal d on d.case_id = g.case_id and d.title = g.title
                 where g.set_on < cast(:now as date) - 60""").param("now", at).update();
        jdbc.sql("analyze goal, goal_revision").update();
        jdbc.sql("""
                update goal g set review_on = cast(last.revised_at as date) + interval '2 months'
                  from (select goal_id, max(revised_at) as revised_at from goal_revision group by goal_id) last
                 where last.goal_id = g.id and g.status = 'ACTIVE' and g.id in (select g2.id from goal g2
                       join demo_goal d on d.case_id = g2.case_id and d.title = g2.title)""").update();
        jdbc.sql("""
                update goal_revision r set review_after = g.review_on
                  from goal g join (select goal_id, max(id) as id from goal_revision group by goal_id) last
                    on last.goal_id = g.id
                 where r.id = last.id and g.status = 'ACTIVE'""").update();
        jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                      triggered_at, due_at)
                select 'goals.revise', 'Revidér målene med barnet og forældrene', 'GOAL', g.id, g.case_id, g.child_id,
                       c.caseworker_id, last.revised_at,
                       (g.review_on + time '23:59:59.999999') at time zone 'Europe/Copenhagen'
                  from goal g join case_file c on c.id = g.case_id
                  join (select goal_id, max(revised_at) as revised_at from goal_revision group by goal_id) last
                    on last.goal_id = g.id
                 where g.status = 'ACTIVE' and g.review_on is not null""").update();
        return plans + " plans, " + stances + " plan stances, " + goals + " goals";
    }
}
