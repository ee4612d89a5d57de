package dk.spor.meeting.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.meeting.MeetingStatus;
import dk.spor.meeting.MeetingSummary;
import dk.spor.meeting.domain.AgendaItem;
import dk.spor.meeting.domain.GoalReview;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.MeetingType;
import dk.spor.meeting.domain.MeetingType.AgendaTemplateItem;
import dk.spor.meeting.domain.Participant;
import dk.spor.shared.Perspective;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads meetings and their types; the services write. Callers have checked access to the case. */
@Repository
class MeetingRepository {

    private static final String SUMMARY = """
            select m.id, m.case_id, m.child_id, m.type_code, t.name as type_name, m.status, m.starts_at, m.held_at,
                   m.next_follow_up_on
              from meeting m join meeting_type t on t.code = m.type_code""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MeetingType> types() {
        Map<String, List<AgendaTemplateItem>> agendas = jdbc.sql(
                "select type_code, position, title, guidance from meeting_type_agenda_item order by type_code, position")
                .query((rs, row) -> Map.entry(rs.getString("type_code"), new AgendaTemplateItem(rs.getInt("position"),
                        rs.getString("title"), rs.getString("guidance"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from meeting_type order by position").query((rs, row) -> new MeetingType(
                rs.getString("code"), rs.getString("name"), rs.getString("purpose"),
                strings(rs.getArray("default_participants")).stream().map(Perspective::valueOf).toList(),
                strings(rs.getArray("tools")), strings(rs.getArray("rules_met_when_planned")),
                strings(rs.getArray("rules_met_when_held")), strings(rs.getArray("rules_started_when_held")),
                rs.getInt("default_duration_minutes"), agendas.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<MeetingType> type(String code) {
        return types().stream().filter(type -> type.code().equals(code)).findFirst();
    }

    List<MeetingSummary> summariesOfCase(long caseId) {
        return jdbc.sql(SUMMARY + " where m.case_id = ? order by m.starts_at, m.id").param(caseId)
                .query(MeetingRepository::summary).list();
    }

    Optional<Long> caseOf(long meetingId) {
        return jdbc.sql("select case_id from meeting where id = ?").param(meetingId).query(Long.class).optional();
    }

    Optional<Meeting> find(long id) {
        Map<String, MeetingType> types = types().stream()
                .collect(Collectors.toMap(MeetingType::code, Function.identity()));
        List<Participant> participants = jdbc.sql("""
                select id, position, perspective, name, role_label, person_id, attended from meeting_participant
                 where meeting_id = ? order by position, id""").param(id)
                .query((rs, row) -> new Participant(rs.getLong("id"), rs.getInt("position"),
                        Perspective.valueOf(rs.getString("perspective")), rs.getString("name"),
                        rs.getString("role_label"), rs.getObject("person_id", Long.class),
                        rs.getObject("attended", Boolean.class)))
                .list();
        List<AgendaItem> agenda = jdbc.sql("""
                select id, position, title, guidance, minutes from meeting_agenda_item
                 where meeting_id = ? order by position, id""").param(id).query(AgendaItem.class).list();
        List<GoalReview> reviews = jdbc.sql("""
                select goal_id, goal_title, worries, working, must_happen from meeting_goal_review
                 where meeting_id = ? order by goal_id""").param(id).query(GoalReview.class).list();
        return jdbc.sql("""
                select m.*, s.full_name as sent_by_name, c.full_name as closed_by_name, p.full_name as planned_by_name
                  from meeting m
                  left join app_user s on s.id = m.agenda_sent_by
                  left join app_user c on c.id = m.minutes_closed_by
                  left join app_user p on p.id = m.planned_by
                 where m.id = ?""").param(id)
                .query((rs, row) -> new Meeting(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                        types.get(rs.getString("type_code")), MeetingStatus.valueOf(rs.getString("status")),
                        instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getString("place"),
                        rs.getString("purpose"), rs.getBoolean("child_attends"), rs.getInt("extra_minutes"),
                        rs.getBoolean("supporter_offered"), rs.getString("supporter_name"),
                        instant(rs, "agenda_sent_at"), rs.getString("sent_by_name"), rs.getString("agenda_sent_to"),
                        rs.getString("child_view"), rs.getObject("child_alone", Boolean.class),
                        rs.getString("child_alone_summary"), rs.getString("decisions"),
                        rs.getObject("next_follow_up_on", LocalDate.class), rs.getBoolean("call_child"),
                        instant(rs, "held_at"), rs.getString("closed_by_name"), rs.getString("planned_by_name"),
                        rs.getInt("version"), participants, agenda, reviews))
                .optional();
    }

    /** Raises the meeting's version if it is still the one the user saw; false if someone else saved first. */
    boolean bumpVersion(long id, int expectedVersion) {
        return jdbc.sql("update meeting set version = version + 1 where id = ? and version = ?")
                .param(id).param(expectedVersion).update() == 1;
    }

    static MeetingSummary summary(ResultSet rs, int row) throws SQLException {
        return new MeetingSummary(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getString("type_code"), rs.getString("type_name"), MeetingStatus.valueOf(rs.getString("status")),
                instant(rs, "starts_at"), instant(rs, "held_at"), rs.getObject("next_follow_up_on", LocalDate.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
