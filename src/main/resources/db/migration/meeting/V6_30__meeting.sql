-- Meetings with the family and the network: the types as data, planned meetings with participants and agenda, the
-- minutes (per agenda item, the child's view, Signs of Safety per goal) and the phone calls after the meeting.

-- A meeting type: who usually takes part, which tools are used, and which deadline rules it meets when planned,
-- meets when held and starts when held (rule ids from deadline-rules.json).
create table meeting_type (
    code                   text primary key,
    name                   text not null,
    purpose                text not null,
    default_participants   text[] not null,
    tools                  text[] not null,
    rules_met_when_planned text[] not null default '{}',
    rules_met_when_held    text[] not null default '{}',
    rules_started_when_held text[] not null default '{}',
    default_duration_minutes integer not null check (default_duration_minutes between 15 and 480),
    position               integer not null,
    version                integer not null default 0
);

-- The agenda template of a type: ordered items with guidance for the one who leads the meeting.
create table meeting_type_agenda_item (
    type_code text not null references meeting_type (code),
    position  integer not null,
    title     text not null,
    guidance  text,
    primary key (type_code, position)
);

create table meeting (
    id                   bigint generated always as identity primary key,
    case_id              bigint not null references case_file (id),
    child_id             bigint not null references child (id),
    type_code            text not null references meeting_type (code),
    status               text not null check (status in ('PLANNED', 'HELD')),
    starts_at            timestamptz not null,
    duration_minutes     integer not null check (duration_minutes between 15 and 480),
    place                text not null,
    purpose              text,
    child_attends        boolean not null default false,
    extra_minutes        integer not null default 0 check (extra_minutes between 0 and 240),
    supporter_offered    boolean not null default false,
    supporter_name       text,
    agenda_sent_at       timestamptz,
    agenda_sent_by       bigint references app_user (id),
    agenda_sent_to       text,
    child_view           text,
    child_alone          boolean,
    child_alone_summary  text,
    decisions            text,
    next_follow_up_on    date,
    call_child           boolean not null default false,
    held_at              timestamptz,
    minutes_closed_by    bigint references app_user (id),
    planned_by           bigint references app_user (id),
    planned_at           timestamptz not null,
    version              integer not null default 0,
    check (status <> 'HELD' or (held_at is not null and next_follow_up_on is not null))
);
create index meeting_case on meeting (case_id, starts_at);
create index meeting_child on meeting (child_id, starts_at);

-- Who is invited: the child, parents and network from the people module, or anyone else by name.
create table meeting_participant (
    id          bigint generated always as identity primary key,
    meeting_id  bigint not null references meeting (id),
    position    integer not null,
    perspective text not null check (perspective in ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'NETWORK', 'SCHOOL')),
    name        text not null,
    role_label  text,
    person_id   bigint references person (id),
    attended    boolean
);
create index meeting_participant_meeting on meeting_participant (meeting_id, position);

-- The meeting's own agenda (copied from the type's template, then edited) and the minutes per item.
create table meeting_agenda_item (
    id         bigint generated always as identity primary key,
    meeting_id bigint not null references meeting (id),
    position   integer not null,
    title      text not null,
    guidance   text,
    minutes    text
);
create index meeting_agenda_item_meeting on meeting_agenda_item (meeting_id, position);

-- Signs of Safety's three columns for one goal at one meeting; together they can serve as the minutes.
create table meeting_goal_review (
    meeting_id  bigint not null references meeting (id),
    goal_id     bigint not null references goal (id),
    goal_title  text not null,
    worries     text,
    working     text,
    must_happen text,
    primary key (meeting_id, goal_id)
);

-- A phone call after a meeting to one parent (or the child), with the short question guide.
create table meeting_call (
    id              bigint generated always as identity primary key,
    meeting_id      bigint not null references meeting (id),
    case_id         bigint not null references case_file (id),
    child_id        bigint not null references child (id),
    perspective     text not null check (perspective in ('CHILD', 'PARENT')),
    person_id       bigint references person (id),
    person_name     text not null,
    relation_label  text not null,
    due_at          timestamptz,
    called_at       timestamptz,
    intervention_started text,
    good_development     text,
    notes           text,
    called_by       bigint references app_user (id),
    version         integer not null default 0
);
create index meeting_call_case on meeting_call (case_id);
create index meeting_call_meeting on meeting_call (meeting_id);

insert into meeting_type (code, name, purpose, default_participants, tools, rules_met_when_planned, rules_met_when_held,
                          rules_started_when_held, default_duration_minutes, position) values
('STARTUP', 'Opstartsmøde',
 'Indsatsen sættes i gang: formål og mål gennemgås med familien, netværket og udføreren, og første opfølgning aftales.',
 '{CHILD,PARENT,CASEWORKER,PROVIDER,NETWORK}', '{Signs of Safety: tre kolonner,Trivselslinealen,FIT (ORS og SRS)}',
 '{startup-meeting.book}', '{}', '{meeting.parent-call}', 90, 1),
('FOLLOW_UP', 'Opfølgningsmøde',
 'Hvordan har barnet det, hvordan virker indsatsen, og skal målene eller indsatsen justeres? Alle indsatser følges op samlet.',
 '{CHILD,PARENT,CASEWORKER,PROVIDER,SCHOOL}', '{Signs of Safety: tre kolonner,Trivselslinealen,FIT (ORS og SRS),Statusudtalelser}',
 '{}', '{intervention.first-follow-up,intervention.next-follow-up}', '{meeting.parent-call,intervention.next-follow-up}', 90, 2),
('PLAN', 'Handleplansmøde',
 'Målene for barnets plan formuleres sammen ud fra den børnefaglige undersøgelse, før udføreren går i gang.',
 '{CHILD,PARENT,CASEWORKER,SCHOOL}', '{Se ske,Signs of Safety: tre kolonner}',
 '{}', '{}', '{}', 90, 3),
('NETWORK', 'Netværksmøde',
 'Netværket omkring barnet samles: hvem kan støtte hvad, og hvordan giver hverdagsbevidnerne besked, hvis noget ændrer sig.',
 '{CHILD,PARENT,CASEWORKER,NETWORK,SCHOOL}', '{Genogram,Signs of Safety: tre kolonner}',
 '{}', '{}', '{}', 90, 4),
('COFFEE', 'Kaffemøde',
 'Et uformelt formøde i Familiehuset, hvor familien fortæller sin historie i eget tempo og forberedes på opstartsmødet.',
 '{CHILD,PARENT,PROVIDER}', '{}',
 '{}', '{}', '{}', 60, 5),
('NOTIFICATION', 'Underretningsmøde',
 'Underretningen gennemgås med forældrene og barnet, og det aftales, hvad der skal ske nu.',
 '{CHILD,PARENT,CASEWORKER,SCHOOL}', '{Signs of Safety: tre kolonner}',
 '{}', '{}', '{meeting.parent-call}', 60, 6);

insert into meeting_type_agenda_item (type_code, position, title, guidance) values
('STARTUP', 1, 'Velkommen og formålet med mødet', 'Præsentér deltagerne og deres roller. Aftal, hvor meget af familiens historie der fortælles, og af hvem.'),
('STARTUP', 2, 'Trivselslinealen', 'Hver deltager scorer for sig og fortæller, hvad der ligger bag scoren, og hvad der skal til for at den bliver højere.'),
('STARTUP', 3, 'Barnets perspektiv', 'Hvad siger barnet selv? Giv barnet tid, og brug barnets egne ord.'),
('STARTUP', 4, 'Målene gennemgås med Signs of Safety', 'For hvert mål: Hvad bekymrer? Hvad fungerer? Hvad skal der ske?'),
('STARTUP', 5, 'Netværkets støtte og aftaler', 'Hvem støtter hvad? Hvordan, hvornår og til hvem giver hverdagsbevidnerne besked?'),
('STARTUP', 6, 'Opfølgning og kontakt', 'Aftal hvor ofte der følges op, kontakten mellem opfølgningerne og datoen for første opfølgningsmøde.'),
('FOLLOW_UP', 1, 'Velkommen og formålet med mødet', 'Fokus er barnets udvikling i forhold til målene, ikke en generel snak.'),
('FOLLOW_UP', 2, 'Trivselslinealen: sidst og nu', 'Sammenlign hver deltagers forrige og nye score, og tal om baggrunden for ændringen.'),
('FOLLOW_UP', 3, 'Barnets perspektiv', 'Hvad har barnet sagt i samtalen alene, og hvad siger barnet nu?'),
('FOLLOW_UP', 4, 'Statusudtalelser og målene', 'Er målene nået, hvad er der gjort for at nå dem, og er de stadig de rigtige?'),
('FOLLOW_UP', 5, 'Signs of Safety for hvert mål', 'Hvad bekymrer? Hvad fungerer? Hvad skal der ske?'),
('FOLLOW_UP', 6, 'Justering af indsatsen', 'Fortsætter indsatsen uændret, justeres den, eller skal den afsluttes?'),
('FOLLOW_UP', 7, 'Næste opfølgning', 'Aftal datoen for næste opfølgning, og hvem der holder rådgiveren orienteret indtil da.'),
('PLAN', 1, 'Velkommen og formålet med mødet', 'Præsentér deltagerne og deres roller. Afsæt ekstra tid, hvis barnet deltager.'),
('PLAN', 2, 'Hvad vil vi gerne se ske for barnet? Tag tre ting med', 'Hver deltager har tre ting med, som de gerne vil se ske for barnet. Skriv dem på tavlen.'),
('PLAN', 3, 'Fra se ske til mål', 'Find temaer på tværs af deltagerne og formulér højst tre mål. Se ske bliver succeskriterierne.'),
('PLAN', 4, 'Hvem gør hvad', 'Aftal opgaver for skole, dagtilbud, netværk og udfører knyttet til målene.'),
('NETWORK', 1, 'Velkommen og formålet med mødet', 'Gør roller og ansvar tydelige for netværkets deltagere.'),
('NETWORK', 2, 'Netværket omkring barnet', 'Brug genogrammet: hvem er vigtige voksne, og skal nogen flere med?'),
('NETWORK', 3, 'Støtte og aftaler', 'Hvem støtter hvad? Hvordan, hvornår og til hvem giver hverdagsbevidnerne besked?'),
('COFFEE', 1, 'Familiens historie', 'Familien fortæller i eget tempo, hvad der er vigtigt for dem.'),
('COFFEE', 2, 'Den ændring familien ønsker', 'Hvad vil familien gerne have ændret? Tilret målene med familiens egne ord.'),
('COFFEE', 3, 'Forberedelse af opstartsmødet', 'Hvem deltager i opstartsmødet, og hvad skal der ske der?'),
('NOTIFICATION', 1, 'Velkommen og formålet med mødet', 'Forklar, hvorfor kommunen har fået en underretning, og hvad der skal ske nu.'),
('NOTIFICATION', 2, 'Underretningen gennemgås', 'Forældrenes og barnets syn på det, der står i underretningen.'),
('NOTIFICATION', 3, 'Barnets perspektiv', 'Hvad siger barnet selv?'),
('NOTIFICATION', 4, 'Aftaler', 'Hvad sker der nu, og hvornår hører familien fra kommunen?');
