package dk.spor.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The interventions the demo's decisions granted, delivered by a provider of the matching kind: running from the
 * start of their follow-ups, ended when the case closed, a few still waiting (some past the limit without an
 * assessment of the wait). Each case with a running intervention has a follow-up cadence, and each running placement
 * its supervision visits. Deterministic from the ids and the seed.
 */
@Component
@Order(20)
class InterventionDemo implements DemoSupplement {

    /** Which intervention type a decision's sub-type is, and which kind of provider delivers it. */
    private static final String TYPES = """
            (values ('BL-30-31', null, 'EARLY_FAMILY_COUNSELLING', 'Familiebehandling'),
                    ('BL-32', 'Familiebehandling', 'FAMILY_TREATMENT', 'Familiebehandling'),
                    ('BL-32', 'Fast kontaktperson', 'CONTACT_PERSON', 'Kontaktperson'),
                    ('BL-32', 'Aflastning', 'RESPITE', 'Familiepleje og aflastning'),
                    ('BL-46', 'Opholdssted', 'RESIDENTIAL_HOME', 'Opholdssted'),
                    ('BL-46', 'Plejefamilie', 'FOSTER_FAMILY', 'Familiepleje og aflastning')
            ) as kinds(legal_basis_id, subtype, type_code, provider_kind)""";

    @Override
    public String write(JdbcClient jdbc, long seed, Instant now) {
        Timestamp at = Timestamp.from(now);
        int interventions = jdbc.sql("""
                insert into intervention (case_id, child_id, decision_id, type_code, legal_basis_id, provider_id,
                       provider_contact, purpose, expected_duration_months, granted_on, planned_start_on, started_on,
                       ended_on, end_reason, purpose_reached, status, waiting_assessment, waiting_assessed_at,
                       waiting_assessed_by, created_by, created_at)
                select x.case_id, x.child_id, x.id, kinds.type_code, x.legal_basis_id, p.id, p.contact, x.purpose,
                       x.expected_duration_months, x.decided_on,
                       coalesce(s.started_on, x.decided_on + 14 + h % 21), s.started_on,
                       case when c.closed_at is not null then greatest(cast(c.closed_at as date), s.started_on) end,
                       case when c.closed_at is null then null
                            when h % 10 < 7 then 'Formålet er nået, og familien klarer sig nu med støtte fra netværket.'
                            else 'Familien er flyttet til en anden kommune; sagen er overdraget.' end,
                       case when c.closed_at is not null then h % 10 < 7 end,
                       case when c.closed_at is not null then 'ENDED' when s.started_on is not null then 'RUNNING'
                            when h % 3 = 0 then 'GRANTED' else 'WAITING' end,
                       case when c.closed_at is null and s.started_on is null and h % 2 = 0
                             and x.decided_on < cast(:now as date) - 14
                            then 'Ventetiden er vurderet: barnet har støtte fra AKT-læreren og sundhedsplejersken, '
                                 || 'indtil indsatsen starter. Der er ikke behov for en anden indsats i ventetiden.' end,
                       case when c.closed_at is null and s.started_on is null and h % 2 = 0
                             and x.decided_on < cast(:now as date) - 14
                            then cast(x.decided_on + 15 as timestamp) + interval '11 hours' end,
                       case when c.closed_at is null and s.started_on is null and h % 2 = 0
                             and x.decided_on < cast(:now as date) - 14 then x.decided_by end,
                       x.decided_by, x.recorded_at
                  from (select d.*, abs(hashtext(d.id || ':intervention:' || :seed)) as h from decision d
                         where d.type in ('EARLY_SUPPORT', 'SUPPORTIVE', 'PLACEMENT')) x
                  join case_file c on c.id = x.case_id
                  join """ + TYPES + """
                    on kinds.legal_basis_id = x.legal_basis_id and kinds.subtype is not distinct from x.subtype
                  left join lateral (select cast(min(dl.triggered_at) as date) as started_on from deadline dl
                                      where dl.subject_type = 'CASE' and dl.subject_id = x.case_id
                                        and dl.triggered_at >= cast(x.decided_on as timestamp)) s on true
                  left join lateral (select pr.id, pr.contact from provider pr where pr.kind = kinds.provider_kind
                                      order by abs(hashtext(pr.id || ':' || x.case_id || ':' || :seed)) limit 1) p on true
                """).param("now", at).param("seed", seed).update();
        jdbc.sql("""
                insert into intervention_goal (intervention_id, goal_id)
                select i.id, g.id from intervention i join goal g on g.case_id = i.case_id
                 where i.status <> 'ENDED'""").update();
        int cadences = jdbc.sql("""
                insert into follow_up_cadence (case_id, child_id, interval_amount, interval_unit, justification,
                                               child_wish, decided_on, decided_by, recorded_at)
                select distinct on (i.case_id) i.case_id, i.child_id,
                       case when t.name = 'Handicapteamet' then 6 else 3 end,
                       case when t.name = 'Handicapteamet' then 'WEEKS' else 'MONTHS' end,
                       case when t.name = 'Handicapteamet'
                            then 'Sammen om familien: fast opfølgning hver 6. uge i sager med børnefaglig undersøgelse.'
                            else 'Indsatsen er kommet godt i gang; opfølgning hver 3. måned giver tid til at se en udvikling.' end,
                       case when abs(hashtext(i.case_id || ':wish:' || :seed)) % 3 = 0
                            then 'Jeg vil gerne have, at vi mødes, når jeg har fri fra skole.' end,
                       i.started_on, coalesce(c.caseworker_id, i.created_by),
                       cast(i.started_on as timestamp) + interval '14 hours'
                  from intervention i join case_file c on c.id = i.case_id join team t on t.id = c.team_id
                 where i.status = 'RUNNING'
                 order by i.case_id, i.started_on""").param("seed", seed).update();
        jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                      triggered_at, due_at, escalate_to)
                select distinct on (i.case_id) 'placement.supervision-visit',
                       'Tilsynsbesøg på anbringelsesstedet med samtale med barnet', 'CASE', i.case_id, i.case_id,
                       i.child_id, c.caseworker_id, i.started_on at time zone 'Europe/Copenhagen',
                       ((i.started_on + interval '6 months')::date + time '23:59:59.999999') at time zone 'Europe/Copenhagen',
                       'TEAM_LEADER'
                  from intervention i join intervention_type t on t.code = i.type_code
                  join case_file c on c.id = i.case_id
                 where i.status = 'RUNNING' and t.placement
                 order by i.case_id, i.started_on""").update();
        return interventions + " interventions, " + cadences + " follow-up cadences";
    }
}
