package dk.spor.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Status reports from the providers: one for every full quarter a demo intervention has run, sent a few days after
 * the quarter ended, per linked goal, with the chronology line the caseworker sees; and for about a third of the
 * running interventions a draft for the quarter under way. Choices follow from the ids and the seed.
 */
@Component
@Order(50)
class StatusReportDemo implements DemoSupplement {

    /** One quarter per row: {@code n} counts the intervention's full quarters that have ended before today. */
    private static final String QUARTERS = """
            with today as (select (cast(:now as timestamptz) at time zone 'Europe/Copenhagen')::date as d),
            quarters as (
                select i.id as intervention_id, i.case_id, i.child_id, i.provider_id, n,
                       (i.started_on + make_interval(months => 3 * (n - 1)))::date as period_from,
                       (i.started_on + make_interval(months => 3 * n))::date - 1 as period_to,
                       abs(hashtext(i.id || ':' || n || ':' || :seed)) as h,
                       (select min(u.id) from app_user u where u.provider_id = i.provider_id) as author
                  from intervention i, today,
                       generate_series(1, 40) as n
                 where i.provider_id is not null and i.started_on is not null and i.status in ('RUNNING', 'ENDED')
                   and (i.started_on + make_interval(months => 3 * n))::date + 7 <= coalesce(i.ended_on, today.d)
            )""";

    private static final String WHAT_HAPPENED = """
            (array['Vi har haft faste ugentlige samtaler med familien i hjemmet og et par samtaler med barnet alene.',
                   'Barnet er mødt op til aftalerne næsten hver gang. Vi har arbejdet med morgenrutiner og skoledagen.',
                   'Forløbet har været præget af sygdom i familien i en periode, men samarbejdet er kommet godt i gang igen.',
                   'Vi har haft fokus på forældrenes samarbejde om barnet og på faste rammer omkring sengetid.',
                   'Barnet og kontaktpersonen har mødtes to gange om ugen, ofte med en aktivitet barnet selv har valgt.'])""";

    private static final String CHILD_VIEW = """
            (array['»Det er blevet lidt nemmere at komme op om morgenen.«',
                   '»Jeg kan godt lide, når vi laver noget sammen. Det er rart at have én at snakke med.«',
                   '»Der er stadig meget råben derhjemme, men mindre end før.«',
                   'Barnet ønskede ikke selv at udtale sig denne gang, men nikkede til, at det går bedre i skolen.',
                   '»Jeg vil gerne blive ved med at komme her.«'])""";

    private static final String COOPERATION = """
            (array['Mor og far deltager begge aktivt og har selv foreslået ændringer i hverdagen.',
                   'Mor tager godt imod vejledningen; far har svært ved at finde tid, men er positiv.',
                   'Samarbejdet er godt, men aftaler bliver af og til aflyst med kort varsel.',
                   'Forældrene er åbne og ærlige om, hvad der er svært, og bruger de nye redskaber.'])""";

    private static final String OBSERVATIONS = """
            (array['Vi ser tydelige fremskridt: barnet er mere roligt og tager selv initiativ.',
                   'Der er små skridt frem, men det holder ikke i de uger, hvor der er uro i familien.',
                   'Skolen melder om færre fraværsdage og bedre humør i frikvartererne.',
                   'Vi har ikke set den udvikling, vi håbede på; barnet trækker sig stadig i nye situationer.'])""";

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        int sent = jdbc.sql(QUARTERS + """
                , reports as (
                    insert into status_report (case_id, child_id, intervention_id, provider_id, status, period_from,
                           period_to, what_happened, child_view, family_cooperation, concerns, recommendation,
                           recommendation_reason, reviewed_with_family_on, not_reviewed_reason, created_at,
                           updated_by, updated_at, submitted_by, submitted_at, version)
                    select q.case_id, q.child_id, q.intervention_id, q.provider_id, 'SUBMITTED', q.period_from,
                           q.period_to, """ + WHAT_HAPPENED + "[1 + q.h % 5], " + CHILD_VIEW + "[1 + q.h % 5], "
                        + COOPERATION + """
                    [1 + q.h % 4],
                           case when q.h % 5 = 2 then 'Vi er bekymrede for stemningen i hjemmet, når far har haft en hård uge.' end,
                           case when q.h % 7 = 0 then 'ADJUST' else 'CONTINUE' end,
                           case when q.h % 7 = 0 then 'Vi foreslår flere timer i en periode, fordi udviklingen er gået i stå.'
                                else 'Barnet er i god udvikling, og indsatsen virker efter hensigten.' end,
                           case when q.h % 6 <> 5 then q.period_to + 2 end,
                           case when q.h % 6 = 5 then 'Familien aflyste mødet, hvor rapporten skulle gennemgås.' end,
                           (q.period_to + 1)::timestamptz, q.author, (q.period_to + 3 + q.h % 5)::timestamptz,
                           q.author, least((q.period_to + 3 + q.h % 5 + interval '13 hours')::timestamptz, cast(:now as timestamptz)), 1
                      from quarters q
                    returning id, case_id, intervention_id, submitted_at, recommendation, provider_id),
                goals as (
                    insert into status_report_goal (report_id, goal_id, goal_title, attainment, actions, observations)
                    select r.id, g.id, g.title,
                           (array['ACHIEVED','PROGRESSING','PROGRESSING','UNCHANGED','DECLINING'])
                               [1 + abs(hashtext(r.id || ':' || g.id || ':' || :seed)) % 5],
                           'Vi har arbejdet med målet ved hvert besøg og aftalt små, konkrete skridt med familien.',
                           """ + OBSERVATIONS + """
                    [1 + abs(hashtext(g.id || ':' || r.id)) % 4]
                      from reports r
                      join intervention_goal ig on ig.intervention_id = r.intervention_id
                      join goal g on g.id = ig.goal_id
                    returning report_id)
                insert into chronology_entry (case_id, occurred_at, kind, title, detail, actor_id)
                select r.case_id, r.submitted_at, 'statusreport.submitted', 'Statusrapport modtaget fra ' || p.name,
                       case when r.recommendation = 'ADJUST' then 'Anbefaling: Indsatsen justeres'
                            else 'Anbefaling: Indsatsen fortsætter som nu' end,
                       null
                  from reports r join provider p on p.id = r.provider_id""")
                .param("now", Timestamp.from(now)).param("seed", seed).update();
        jdbc.sql("""
                with drafts as (
                insert into status_report (case_id, child_id, intervention_id, provider_id, status, period_from,
                       period_to, what_happened, created_at, version)
                select i.case_id, i.child_id, i.id, i.provider_id, 'DRAFT',
                       coalesce((select max(s.period_to) + 1 from status_report s where s.intervention_id = i.id),
                                i.started_on),
                       (cast(:now as timestamptz) at time zone 'Europe/Copenhagen')::date,
                       'Vi er i gang med at samle op på perioden sammen med familien.', cast(:now as timestamptz), 0
                  from intervention i
                 where i.status = 'RUNNING' and i.provider_id is not null and i.started_on is not null
                   and abs(hashtext(i.id || ':draft:' || :seed)) % 3 = 0
                returning id, intervention_id)
                insert into status_report_goal (report_id, goal_id, goal_title)
                select d.id, g.id, g.title from drafts d
                  join intervention_goal ig on ig.intervention_id = d.intervention_id
                  join goal g on g.id = ig.goal_id and g.status = 'ACTIVE'""")
                .param("now", Timestamp.from(now)).param("seed", seed).update();
        long drafts = jdbc.sql("select count(*) from status_report where status = 'DRAFT'").query(Long.class).single();
        return String.format("%d status reports sent with their chronology, %d drafts", sent, drafts);
    }
}
