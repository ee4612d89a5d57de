package dk.spor.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/** The pure part of the demo data with made-up ids, as a test sees it without a database. */
final class DemoFixtures {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final long SEED = 2730;

    private DemoFixtures() {
    }

    static DemoStaff staff(DemoOrganisation plan) {
        return DemoStaff.of(plan, ids(1000, plan.teams().size()), ids(1, plan.users().size()),
                ids(5000, plan.providers().size()));
    }

    static List<DemoFamily> families(long seed, int children) {
        DemoStaff staff = staff(DemoOrganisation.plan(children, seed));
        List<DemoFamily> families = new ArrayList<>();
        new FamilyGenerator(seed, staff, NOW, ZONE).generate(children, families::add);
        return families;
    }

    private static long[] ids(long first, int count) {
        return LongStream.range(first, first + count).toArray();
    }
}
