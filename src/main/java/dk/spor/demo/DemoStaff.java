package dk.spor.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.spor.demo.DemoOrganisation.ProviderKind;
import dk.spor.demo.DemoOrganisation.TeamKind;
import dk.spor.organisation.Role;

/** The planned organisation once it has database ids: what the family generator assigns cases to. */
record DemoStaff(List<Unit> units) {

    record Member(long id, String fullName) {
    }

    record Team(long id, TeamKind kind, Member leader, List<Member> caseworkers) {
    }

    record Provider(long id, ProviderKind kind, String name) {
    }

    record Unit(Map<TeamKind, Team> teams, Map<ProviderKind, Provider> providers) {
    }

    /** Joins the plan with the ids its rows got, index for index. */
    static DemoStaff of(DemoOrganisation plan, long[] teamIds, long[] userIds, long[] providerIds) {
        List<Member> leaders = new ArrayList<>(plan.teams().size());
        List<List<Member>> caseworkers = new ArrayList<>(plan.teams().size());
        for (int i = 0; i < plan.teams().size(); i++) {
            leaders.add(null);
            caseworkers.add(new ArrayList<>());
        }
        for (int u = 0; u < plan.users().size(); u++) {
            DemoOrganisation.UserPlan user = plan.users().get(u);
            Member member = new Member(userIds[u], user.fullName());
            for (int team : user.teams()) {
                if (user.role() == Role.TEAM_LEADER) {
                    leaders.set(team, member);
                } else {
                    caseworkers.get(team).add(member);
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        for (int t = 0; t < plan.teams().size(); t++) {
            DemoOrganisation.TeamPlan team = plan.teams().get(t);
            unit(units, team.unit()).teams().put(team.kind(),
                    new Team(teamIds[t], team.kind(), leaders.get(t), List.copyOf(caseworkers.get(t))));
        }
        for (int p = 0; p < plan.providers().size(); p++) {
            DemoOrganisation.ProviderPlan provider = plan.providers().get(p);
            unit(units, provider.unit()).providers().put(provider.kind(),
                    new Provider(providerIds[p], provider.kind(), provider.name()));
        }
        return new DemoStaff(List.copyOf(units));
    }

    private static Unit unit(List<Unit> units, int index) {
        while (units.size() <= index) {
            units.add(new Unit(new EnumMap<>(TeamKind.class), new EnumMap<>(ProviderKind.class)));
        }
        return units.get(index);
    }
}
