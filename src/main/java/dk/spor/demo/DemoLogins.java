package dk.spor.demo;

import dk.spor.organisation.Role;

/** The block the log shows once demo data is in place: where Spor runs and whom to sign in as. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String banner(String url) {
        String line = "=".repeat(66);
        StringBuilder banner = new StringBuilder("\n").append(line).append('\n')
                .append("  Spor is running at ").append(url).append('\n')
                .append("  Demo logins, all with the password \"demo\":\n");
        login(banner, Role.CASEWORKER, DemoOrganisation.CASEWORKER);
        login(banner, Role.TEAM_LEADER, DemoOrganisation.TEAM_LEADER);
        login(banner, Role.HEAD, DemoOrganisation.HEAD);
        login(banner, Role.PROVIDER, DemoOrganisation.PROVIDER);
        login(banner, Role.ADMIN, DemoOrganisation.ADMIN);
        return banner.append(line).toString();
    }

    private static void login(StringBuilder banner, Role role, String username) {
        banner.append(String.format("    %-16s %s%n", role.danishLabel(), username));
    }
}
