package dk.spor.deadline.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import dk.spor.deadline.DeadlineRule;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the rules shipped with Spor ({@code deadline-rules.json}) into the rule table at start. A version already
 * stored is never overwritten, so administrators' versions survive; to change a shipped rule, add a new version
 * to the file. Safe when several nodes start at once.
 */
@Component
class ShippedRules {

    static final String LOCATION = "deadline-rules.json";
    private static final Logger log = LoggerFactory.getLogger(ShippedRules.class);

    private final DeadlineRuleCatalog catalog;

    ShippedRules(DeadlineRuleCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    void load() {
        int added = 0;
        for (DeadlineRule rule : read()) {
            if (catalog.addIfAbsent(rule)) {
                added++;
            } else if (!catalog.version(rule.id(), rule.version()).equals(Optional.of(rule))) {
                log.warn("Deadline rule {} version {} in {} differs from the stored version, which is kept. "
                        + "Give a changed rule a new version.", rule.id(), rule.version(), LOCATION);
            }
        }
        if (added > 0) {
            log.info("Loaded {} new deadline rule versions from {}", added, LOCATION);
        }
    }

    static List<DeadlineRule> read() {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<DeadlineRule> rules;
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            rules = mapper.readValue(in, new TypeReference<List<DeadlineRule>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
        long distinct = rules.stream().map(rule -> rule.id() + "#" + rule.version()).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalStateException(LOCATION + " lists a rule version twice");
        }
        return rules;
    }
}
