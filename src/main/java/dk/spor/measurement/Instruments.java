package dk.spor.measurement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measurement instruments as data: any version with its items, bands and cut-offs, the current version of each,
 * the version a respondent answers for a child's age, and new versions made by an administrator. Instruments are
 * not a child's data, so reading them needs no access check.
 */
@Service
public class Instruments {

    private static final String CURRENT = """
            (code, version) in (select code, max(version) from instrument group by code)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Instruments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current version of every instrument, main instruments before their child versions, by name. */
    public List<Instrument> currentAll() {
        return load(CURRENT, Map.of());
    }

    /** The current version of an instrument, whether or not it is active. */
    public Optional<Instrument> current(String code) {
        return load(CURRENT + " and code = :code", Map.of("code", code)).stream().findFirst();
    }

    public Instrument require(String code) {
        return current(code).orElseThrow(() -> new NotFound("Instrument " + code));
    }

    /** A given version, e.g. the one a measurement was taken with. */
    public Optional<Instrument> version(String code, int version) {
        return load("code = :code and version = :version", Map.of("code", code, "version", version)).stream()
                .findFirst();
    }

    /** Every version of an instrument, newest first. */
    public List<Instrument> history(String code) {
        List<Instrument> versions = load("code = :code", Map.of("code", code));
        return versions.stream().sorted((a, b) -> Integer.compare(b.version(), a.version())).toList();
    }

    /** The current, active versions of the family that {@code code} belongs to (ORS and CORS for either code). */
    public List<Instrument> family(String code) {
        String familyCode = current(code).map(Instrument::familyCode).orElse(code);
        return load(CURRENT + " and active and (code = :family or child_version_of = :family)",
                Map.of("family", familyCode));
    }

    /** The active main instruments (not the child versions), for choosing what to measure with. */
    public List<Instrument> activeMain() {
        return load(CURRENT + " and active and child_version_of is null", Map.of());
    }

    /**
     * The version the respondent answers for a child of this age (CORS for a child of 6–12 asked for ORS), or empty
     * when no active version of the family may be answered by them at that age.
     */
    public Optional<Instrument> forRespondent(String code, Perspective perspective, int childAge) {
        return Instrument.chooseFor(family(code), perspective, childAge);
    }

    /**
     * Saves an administrator's adjustment as the next version. {@code basedOnVersion} is the version the form showed;
     * if someone saved a newer version meanwhile, nothing is saved and {@link InstrumentChangedConcurrently} is thrown.
     */
    @Transactional
    public Instrument revise(String code, int basedOnVersion, InstrumentChange change, long actorId) {
        Instrument current = require(code);
        if (current.version() != basedOnVersion) {
            throw new InstrumentChangedConcurrently(code);
        }
        change.validate(current.items().size()).throwIfAny();
        int version = basedOnVersion + 1;
        try {
            jdbc.sql("""
                    insert into instrument (code, version, name, short_name, intro, per_goal, total_rule, respondents,
                           min_age, max_age, child_version_of, reliable_change, asks_reasons, requires_licence, fit,
                           alliance, active, created_at, created_by)
                    values (:code, :version, :name, :shortName, :intro, :perGoal, :totalRule, :respondents, :minAge,
                            :maxAge, :childVersionOf, :reliableChange, :asksReasons, :requiresLicence, :fit, :alliance, :active,
                            :createdAt, :createdBy)""")
                    .param("code", code).param("version", version).param("name", change.name().strip())
                    .param("shortName", change.shortName().strip()).param("intro", change.intro().strip())
                    .param("perGoal", current.perGoal()).param("totalRule", current.totalRule().name())
                    .param("respondents", change.respondents().stream().map(Enum::name).toArray(String[]::new))
                    .param("minAge", change.minAge()).param("maxAge", change.maxAge())
                    .param("childVersionOf", current.childVersionOf()).param("reliableChange", change.reliableChange())
                    .param("asksReasons", change.asksReasons()).param("requiresLicence", change.requiresLicence())
                    .param("fit", current.fit()).param("alliance", current.alliance()).param("active", change.active())
                    .param("createdAt", Timestamp.from(clock.instant())).param("createdBy", actorId).update();
        } catch (DuplicateKeyException e) {
            throw new InstrumentChangedConcurrently(code);
        }
        for (InstrumentItem item : change.items()) {
            jdbc.sql("""
                    insert into instrument_item (instrument_code, instrument_version, position, label, min_value,
                           max_value, step, higher_is_better, low_label, high_label)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, version, item.position(), item.label().strip(), item.min(), item.max(), item.step(),
                            item.higherIsBetter(), blankToNull(item.lowLabel()), blankToNull(item.highLabel()))
                    .update();
        }
        for (InstrumentBand band : change.bands()) {
            jdbc.sql("""
                    insert into instrument_band (instrument_code, instrument_version, lower_value, upper_value, colour,
                           label) values (?, ?, ?, ?, ?, ?)""")
                    .params(code, version, band.lower(), band.upper(), band.colour().name(), band.label().strip())
                    .update();
        }
        for (InstrumentCutoff cutoff : change.cutoffs()) {
            jdbc.sql("""
                    insert into instrument_cutoff (instrument_code, instrument_version, min_age, max_age, cutoff)
                    values (?, ?, ?, ?, ?)""")
                    .params(code, version, cutoff.minAge(), cutoff.maxAge(), cutoff.cutoff()).update();
        }
        return version(code, version).orElseThrow();
    }

    /** Loads the instruments matching a predicate over {@code instrument}, with their items, bands and cut-offs. */
    private List<Instrument> load(String where, Map<String, ?> params) {
        String keys = "(instrument_code, instrument_version) in (select code, version from instrument where " + where + ")";
        Map<String, List<InstrumentItem>> items = grouped("select * from instrument_item where " + keys
                + " order by position", params, Instruments::mapItem);
        Map<String, List<InstrumentBand>> bands = grouped("select * from instrument_band where " + keys
                + " order by lower_value", params, (rs, n) -> new InstrumentBand(rs.getBigDecimal("lower_value"),
                        rs.getBigDecimal("upper_value"), BandColour.valueOf(rs.getString("colour")), rs.getString("label")));
        Map<String, List<InstrumentCutoff>> cutoffs = grouped("select * from instrument_cutoff where " + keys
                + " order by min_age", params, (rs, n) -> new InstrumentCutoff(rs.getInt("min_age"), rs.getInt("max_age"),
                        rs.getBigDecimal("cutoff")));
        return jdbc.sql("select * from instrument where " + where
                        + " order by coalesce(child_version_of, code), child_version_of is not null, min_age nulls first, code")
                .params(params)
                .query((rs, n) -> mapInstrument(rs, items, bands, cutoffs)).list();
    }

    private <T> Map<String, List<T>> grouped(String sql, Map<String, ?> params,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            String key = rs.getString("instrument_code") + ":" + rs.getInt("instrument_version");
            result.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(mapper.mapRow(rs, 0));
        });
        return result;
    }

    private static Instrument mapInstrument(ResultSet rs, Map<String, List<InstrumentItem>> items,
            Map<String, List<InstrumentBand>> bands, Map<String, List<InstrumentCutoff>> cutoffs) throws SQLException {
        String key = rs.getString("code") + ":" + rs.getInt("version");
        Timestamp created = rs.getTimestamp("created_at");
        return new Instrument(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                rs.getString("short_name"), rs.getString("intro"), rs.getBoolean("per_goal"),
                TotalRule.valueOf(rs.getString("total_rule")), perspectives(rs.getArray("respondents")),
                rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
                rs.getString("child_version_of"), rs.getBigDecimal("reliable_change"), rs.getBoolean("asks_reasons"),
                rs.getBoolean("requires_licence"), rs.getBoolean("fit"), rs.getBoolean("active"),
                created == null ? null : created.toInstant(), items.getOrDefault(key, List.of()),
                bands.getOrDefault(key, List.of()), cutoffs.getOrDefault(key, List.of()), rs.getBoolean("alliance"));
    }

    private static InstrumentItem mapItem(ResultSet rs, int row) throws SQLException {
        return new InstrumentItem(rs.getInt("position"), rs.getString("label"), rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"), rs.getBigDecimal("step"), rs.getBoolean("higher_is_better"),
                rs.getString("low_label"), rs.getString("high_label"));
    }

    private static java.util.Set<Perspective> perspectives(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Perspective::valueOf).collect(Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
