package dk.spor.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dk.spor.measurement.ProgressionAlerts;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measurements for every running case (early support or an intervention): 6–24 months of Trivselslinealen from the
 * child (from 6), a parent, the caseworker and the provider about every six weeks, ORS or CORS by age from the child
 * and ORS from the parent, SRS or CSRS at every other occasion, and goal attainment and the Signs of Safety scale per
 * active goal when the plan demo wrote goals. A case's course improves, stays flat or worsens, and one in ten has not
 * been measured for months, so every kind of alert is present. The alerts are evaluated quietly at the end.
 */
@Component
@Order(60)
class MeasurementDemo implements DemoSupplement {

    private final ProgressionAlerts alerts;

    MeasurementDemo(ProgressionAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        // The tables were filled in this transaction: without statistics the planner walks whole indexes per case.
        jdbc.sql("analyze case_file, child, child_relation, person, app_user, goal").update();
        jdbc.sql(COURSES).param("seed", seed).param("now", Timestamp.from(now)).update();
        jdbc.sql(PLANNED).param("seed", seed).param("now", Timestamp.from(now)).update();
        long measurements = jdbc.sql("""
                insert into measurement (id, case_id, child_id, instrument_code, instrument_version, goal_id,
                                         perspective, respondent_name, measured_at, total, reason, step_up, step_down,
                                         channel, recorded_at)
                overriding system value
                select id, case_id, child_id, instrument_code, 1, goal_id, perspective, respondent_name, measured_at,
                       (select sum(s) from unnest(scores) s), reason, step_up, step_down, channel, measured_at
                  from demo_planned_measurement""").update();
        long scores = jdbc.sql("""
                insert into measurement_score (measurement_id, position, score)
                select p.id, s.position, s.score
                  from demo_planned_measurement p, unnest(p.scores) with ordinality as s(score, position)""").update();
        List<Long> cases = jdbc.sql("select case_id from demo_measured_course order by case_id").query(Long.class).list();
        jdbc.sql("drop table demo_planned_measurement, demo_measured_course").update();
        jdbc.sql("analyze measurement, measurement_score").update();
        int raised = alerts.evaluateQuietly(cases);
        return String.format("%d measurements with %d scores on %d running cases, %d progression alerts",
                measurements, scores, cases.size(), raised);
    }

    /**
     * One row per running case: how long it has been measured, its trend (−1 worsening, 0 flat, +1 improving), whether
     * measuring stopped months ago, and the names of those who answer.
     */
    private static final String COURSES = """
            create temp table demo_measured_course on commit drop as
            select c.id as case_id, c.child_id, ch.first_name as child_name,
                   extract(year from age(cast(:now as timestamptz), ch.birth_date))::int as age,
                   6 + abs(hashtext(c.id || ':months:' || :seed)) % 19 as months,
                   abs(hashtext(c.id || ':trend:' || :seed)) % 3 - 1 as trend,
                   case when abs(hashtext(c.id || ':silent:' || :seed)) % 10 = 0 then 4 else 0 end as silent_months,
                   coalesce(u.full_name, 'Rådgiveren') as caseworker_name,
                   coalesce((select p.first_name || ' ' || p.last_name from child_relation r join person p on p.id = r.person_id
                              where r.child_id = c.child_id and r.custody order by r.person_id limit 1), 'Forælder') as parent_name
              from case_file c
              join child ch on ch.id = c.child_id
              left join app_user u on u.id = c.caseworker_id
             where c.closed_at is null and c.phase in ('INTERVENTION', 'EARLY_SUPPORT')""";

    /**
     * Every measurement to write, with its item scores: an occasion about every six weeks, each respondent scoring
     * around their own level and following the case's trend with some noise; ids are drawn from the identity so the
     * item scores can refer to them.
     */
    private static final String PLANNED = """
            create temp table demo_planned_measurement on commit drop as
            with occasion as (
                select dc.*, k, dc.months * 30 / 42 as occasions,
                       cast(:now as timestamptz) - make_interval(months => dc.months + dc.silent_months)
                           + make_interval(days => k * 42 + abs(hashtext(dc.case_id || ':' || k || ':' || :seed)) % 7)
                           + interval '10 hours' as measured_at
                  from demo_measured_course dc, generate_series(0, dc.months * 30 / 42 - 1) k
            ),
            answer as (
                select o.*, r.instrument_code, r.perspective, r.items, r.level, r.step, r.swing, r.noise,
                       case r.perspective when 'CHILD' then o.child_name when 'PARENT' then o.parent_name
                                          when 'CASEWORKER' then o.caseworker_name else 'Familiebehandleren' end
                           as respondent_name,
                       cast(null as bigint) as goal_id
                  from occasion o
                  join (values ('TRIVSELSLINEAL', 'CHILD', 1, 5.0, 1.0, 3.5, 0.8, 6, 200, 1),
                               ('TRIVSELSLINEAL', 'PARENT', 1, 5.0, 1.0, 3.5, 0.8, 0, 200, 1),
                               ('TRIVSELSLINEAL', 'CASEWORKER', 1, 4.5, 1.0, 3.5, 0.8, 0, 200, 1),
                               ('TRIVSELSLINEAL', 'PROVIDER', 1, 5.5, 1.0, 3.5, 0.8, 0, 200, 1),
                               ('CORS', 'CHILD', 4, 6.0, 0.1, 2.5, 0.5, 6, 12, 1),
                               ('ORS', 'CHILD', 4, 5.5, 0.1, 2.5, 0.5, 13, 200, 1),
                               ('ORS', 'PARENT', 4, 5.5, 0.1, 2.5, 0.5, 0, 200, 1),
                               ('CSRS', 'CHILD', 4, 9.4, 0.1, 0.8, 0.0, 6, 12, 2),
                               ('SRS', 'CHILD', 4, 9.4, 0.1, 0.8, 0.0, 13, 200, 2),
                               ('SRS', 'PARENT', 4, 9.5, 0.1, 0.8, 0.0, 0, 200, 2))
                       as r(instrument_code, perspective, items, level, step, swing, noise, min_age, max_age, every)
                    on o.age between r.min_age and r.max_age and o.k % r.every = 0
                union all
                select o.*, p.instrument_code, p.perspective, 1, 3.0, 1.0, 4.0, 0.8,
                       case p.perspective when 'PARENT' then o.parent_name else o.caseworker_name end, g.id
                  from occasion o
                  join goal g on g.case_id = o.case_id and g.status = 'ACTIVE' and g.set_on <= o.measured_at
                  cross join (values ('GOAL_ATTAINMENT', 'CASEWORKER'), ('GOAL_ATTAINMENT', 'PARENT'), ('SOS_SCALE', 'CASEWORKER'))
                       as p(instrument_code, perspective)
            )
            select nextval(pg_get_serial_sequence('measurement', 'id')) as id, a.case_id, a.child_id, a.instrument_code,
                   a.goal_id, a.perspective, a.respondent_name, a.measured_at,
                   case when a.k % 3 = 0 then 'MEETING' else 'SCREEN' end as channel,
                   array(select greatest(0, least(10, round(
                                    (a.level + a.trend * a.swing * a.k / greatest(1, a.occasions - 1)
                                     + a.noise * ((abs(hashtext(a.case_id || ':' || a.k || ':' || a.perspective || ':'
                                            || a.instrument_code || ':' || i || ':' || :seed)) % 1000) / 500.0 - 1))
                                    / a.step) * a.step))
                           from generate_series(1, a.items) i) as scores,
                   case when a.instrument_code = 'TRIVSELSLINEAL' then (array[
                       'Hverdagen fungerer bedre, og der er færre konflikter derhjemme.',
                       'Skolen er stadig svær, men der er kommet mere ro om morgenen.',
                       'Det har været en hård periode med meget fravær.',
                       'Samarbejdet med familiebehandleren giver mening for familien.',
                       'Der er kommet en ny ven i klassen, og det betyder meget.',
                       'Weekenderne hos far er blevet mere stabile.'])[1 + abs(hashtext(a.case_id || ':r:' || a.k || a.perspective)) % 6]
                   end as reason,
                   case when a.instrument_code = 'TRIVSELSLINEAL' then (array[
                       'At komme i skole alle dage i en uge.',
                       'Faste aftaler om sengetid, som alle holder.',
                       'At have en voksen at tale med i frikvarteret.'])[1 + abs(hashtext(a.case_id || ':u:' || a.k || a.perspective)) % 3]
                   end as step_up,
                   case when a.instrument_code = 'TRIVSELSLINEAL' then (array[
                       'Flere dage hjemme fra skole og mere skænderi.',
                       'At trække sig fra vennerne igen.'])[1 + abs(hashtext(a.case_id || ':d:' || a.k || a.perspective)) % 2]
                   end as step_down
              from answer a""";
}
