package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the newest version of each instrument for the progression view (one query per table, four in all). Kept
 * small and internal so it can fold into the measurement module's {@code Instruments} API.
 */
@Component
class InstrumentReads {

    private final JdbcClient jdbc;

    InstrumentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every instrument by code, newest version, in the order they were created. */
    Map<String, ProgressionInstrument> newestVersions() {
        List<Head> heads = jdbc.sql("""
                select distinct on (code) code, version, name, short_name, per_goal, alliance, reliable_change, total_rule
                  from instrument order by code, version desc""").query(Head.class).list();
        Map<String, List<ItemRow>> itemRows = grouped("""
                select i.instrument_code, i.position, i.label, i.min_value, i.max_value from instrument_item i
                  join (select code, max(version) as version from instrument group by code) n
                    on n.code = i.instrument_code and n.version = i.instrument_version
                 order by i.position""",
                (rs, row) -> Map.entry(rs.getString(1), new ItemRow(rs.getInt(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))));
        Map<String, List<ProgressionInstrument.Band>> bands = grouped("""
                select b.instrument_code, b.lower_value, b.upper_value, b.colour, b.label from instrument_band b
                  join (select code, max(version) as version from instrument group by code) n
                    on n.code = b.instrument_code and n.version = b.instrument_version
                 order by b.lower_value""", (rs, row) -> Map.entry(rs.getString(1), new ProgressionInstrument.Band(
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5))));
        Map<String, List<ProgressionInstrument.Cutoff>> cutoffs = grouped("""
                select c.instrument_code, c.min_age, c.max_age, c.cutoff from instrument_cutoff c
                  join (select code, max(version) as version from instrument group by code) n
                    on n.code = c.instrument_code and n.version = c.instrument_version
                 order by c.min_age""", (rs, row) -> Map.entry(rs.getString(1), new ProgressionInstrument.Cutoff(
                rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))));
        return heads.stream().collect(Collectors.toMap(Head::code, head -> {
            List<ItemRow> rows = itemRows.getOrDefault(head.code(), List.of());
            boolean sum = "SUM".equals(head.totalRule());
            BigDecimal min = rows.stream().map(ItemRow::min).reduce(sum ? BigDecimal::add : BigDecimal::min)
                    .orElse(BigDecimal.ZERO);
            BigDecimal max = rows.stream().map(ItemRow::max).reduce(sum ? BigDecimal::add : BigDecimal::max)
                    .orElse(BigDecimal.TEN);
            return new ProgressionInstrument(head.code(), head.version(), head.name(), head.shortName(),
                    head.perGoal(), head.alliance(), head.reliableChange(), min, max,
                    rows.stream().map(ItemRow::item).toList(), bands.getOrDefault(head.code(), List.of()),
                    cutoffs.getOrDefault(head.code(), List.of()));
        }, (a, b) -> a, LinkedHashMap::new));
    }

    private <T> Map<String, List<T>> grouped(String sql,
            org.springframework.jdbc.core.RowMapper<Map.Entry<String, T>> mapper) {
        return jdbc.sql(sql).query(mapper).list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private record Head(String code, int version, String name, String shortName, boolean perGoal, boolean alliance,
            BigDecimal reliableChange, String totalRule) {
    }

    private record ItemRow(int position, String label, BigDecimal min, BigDecimal max) {

        ProgressionInstrument.Item item() {
            return new ProgressionInstrument.Item(position, label);
        }
    }
}
