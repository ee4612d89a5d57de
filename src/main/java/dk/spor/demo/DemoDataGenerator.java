package dk.spor.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo municipality in one transaction, so it is there completely or not at
 * all. Families are generated and written in batches, so memory does not grow with the number of children.
 * An advisory lock keeps two nodes starting at once from both filling the database.
 */
@Component
class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final int BATCH_CHILDREN = 1000;
    private static final int PROGRESS_EVERY = 5000;
    private static final String PASSWORD = "demo";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ObjectProvider<DemoSupplement> supplements;

    DemoDataGenerator(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder, Clock clock, ObjectProvider<DemoSupplement> supplements) {
        this.supplements = supplements;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Generates the demo municipality unless the database already has users; empty when it did nothing. */
    Optional<DemoCounts> generateIfEmpty(int children, long seed) {
        long started = System.nanoTime();
        Optional<DemoCounts> counts = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('spor.demo'))").query(Object.class).single();
            if (jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single()) {
                return Optional.empty();
            }
            try {
                return Optional.of(generate(children, seed, started));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not write the demo data", e);
            }
        });
        counts.ifPresent(written -> {
            jdbc.sql("analyze team, app_user, team_membership, provider, person, child, child_relation, case_file, "
                    + "chronology_entry, deadline, concern_report, conversation, screening, investigation, "
                    + "investigation_plan, investigation_section, information_request, professional_assessment, "
                    + "decision, child_plan, goal, intervention, intervention_goal, follow_up_cadence, meeting, "
                    + "meeting_participant, meeting_call, contact_entry, new_information, status_report, measurement, "
                    + "measurement_score, progression_alert, meeting_goal_review, goal_revision, status_report_goal")
                    .update();
            log.info("Demo data: {} children, {} persons, {} cases, {} chronology entries, {} deadlines, "
                    + "{} concern reports, {} investigations and {} decisions in {} s", written.children(),
                    written.persons(), written.cases(), written.chronologyEntries(), written.deadlines(),
                    written.concernReports(), written.investigations(), written.decisions(),
                    String.format("%.1f", seconds(started)));
        });
        return counts;
    }

    private DemoCounts generate(int children, long seed, long started) throws SQLException, IOException {
        log.info("Demo data: generating a municipality with {} children", children);
        DemoWriter writer = new DemoWriter(jdbc, DataSourceUtils.getConnection(dataSource));
        Instant now = clock.instant();
        DemoStaff staff = writer.organisation(DemoOrganisation.plan(children, seed), passwordEncoder.encode(PASSWORD),
                now);
        Batches batches = new Batches(writer, children, started);
        new FamilyGenerator(seed, staff, now, clock.getZone()).generate(children, batches::add);
        batches.flush();
        for (DemoSupplement supplement : supplements.orderedStream().toList()) {
            // Statistics on what this transaction wrote so far: without them the planner takes the tables the
            // supplements join for empty, and a nested loop misjudged over 100 000 cases takes hours.
            jdbc.sql("analyze").update();
            long supplementStarted = System.nanoTime();
            String written = supplement.write(jdbc, seed, now);
            log.info("Demo data: {} in {} s", written, String.format("%.1f", seconds(supplementStarted)));
        }
        return writer.counts();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Collects families into batches of about {@value #BATCH_CHILDREN} children and logs the progress. */
    private static final class Batches {

        private final DemoWriter writer;
        private final int total;
        private final long started;
        private final List<DemoFamily> batch = new ArrayList<>();
        private int childrenInBatch;
        private int written;

        Batches(DemoWriter writer, int total, long started) {
            this.writer = writer;
            this.total = total;
            this.started = started;
        }

        void add(DemoFamily family) {
            batch.add(family);
            childrenInBatch += family.children().size();
            if (childrenInBatch >= BATCH_CHILDREN) {
                flush();
            }
        }

        void flush() {
            try {
                writer.families(batch);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not write the demo data", e);
            }
            int before = written;
            written += childrenInBatch;
            batch.clear();
            childrenInBatch = 0;
            if (written / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                log.info("Demo data: {} of {} children ({} children/s)", written, total,
                        Math.round(written / Math.max(0.001, seconds(started))));
            }
        }
    }
}
