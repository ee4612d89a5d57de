package dk.spor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AuditPositionTests {

    @Property
    void aTokenReadsBackAsTheSamePosition(@ForAll @LongRange(min = 0, max = 4_102_444_800_000_000L) long micros,
            @ForAll @LongRange(min = 1) long id) {
        AuditPosition position = new AuditPosition(Instant.EPOCH.plusNanos(micros * 1000), id);

        assertThat(AuditPosition.parse(position.token())).contains(position);
    }

    @Test
    void anythingButATokenIsNoPosition() {
        assertThat(AuditPosition.parse(null)).isEmpty();
        assertThat(AuditPosition.parse("")).isEmpty();
        assertThat(AuditPosition.parse("abc-1")).isEmpty();
        assertThat(AuditPosition.parse("1-2-3")).isEmpty();
        assertThat(AuditPosition.parse("99999999999999999999-1")).isEmpty();
    }
}
