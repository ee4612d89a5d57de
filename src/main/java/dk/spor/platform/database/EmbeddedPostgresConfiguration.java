package dk.spor.platform.database;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application when no datasource URL is configured, so that
 * Spor runs on a bare machine. Data is kept in {@code spor.embedded-db.data-dir} (default {@code ./data/pg}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${spor.embedded-db.persistent:true}") boolean persistent,
            @Value("${spor.embedded-db.data-dir:./data/pg}") String dataDir,
            @Value("${spor.embedded-db.port:0}") int port) throws IOException {
        // Stopped by Spring after the beans that use it (destroyMethod), not by zonky's own JVM hook, which ran
        // alongside Spring's shutdown and left the event publication registry waiting 30 s for a connection.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100");
        if (persistent) {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            StalePostmaster.stopIfLeftOver(dir);
            // zonky starts PostgreSQL with fsync off; kept data must survive a power cut.
            builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            log.info("Embedded PostgreSQL with data in {}", dir);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("spor-embedded");
        return new HikariDataSource(config);
    }
}
