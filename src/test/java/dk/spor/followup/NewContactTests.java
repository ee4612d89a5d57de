package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NewContactTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aContactWithARegisteredPersonOrATypedNameIsValid() {
        assertThat(contact(4L, null, NOW).validate(Set.of(4L), NOW).isEmpty()).isTrue();
        assertThat(contact(null, "Lærer Mette Holm", NOW).validate(Set.of(), NOW).isEmpty()).isTrue();
    }

    @Test
    void thePersonMustBeOneOfTheChildsRelationsOrNamed() {
        assertThat(contact(9L, null, NOW).validate(Set.of(4L), NOW).asMap()).containsOnlyKeys("personId");
        assertThat(contact(null, " ", NOW).validate(Set.of(), NOW).asMap()).containsOnlyKeys("personName");
    }

    @Test
    void aContactIsLoggedAfterItHappened() {
        assertThat(contact(4L, null, NOW.plus(Duration.ofHours(2))).validate(Set.of(4L), NOW).asMap())
                .containsOnlyKeys("occurredAt");
    }

    @Test
    void aContactWithTheChildAloneNeedsNoName() {
        var withChild = new NewContact(ContactChannel.VISIT, Counterpart.CHILD, null, null, NOW, "Samtale i skolen",
                "Jeg har fået en ven");
        assertThat(withChild.validate(Set.of(), NOW).isEmpty()).isTrue();
    }

    private static NewContact contact(Long personId, String name, Instant at) {
        return new NewContact(ContactChannel.CALL, Counterpart.FAMILY, personId, name, at, "Mor ringede.", null);
    }
}
