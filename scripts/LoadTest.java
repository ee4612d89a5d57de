import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for Spor's benchmark (scripts/benchmark.sh). Signs in with the form login as a caseworker and a team
 * leader, uses HTTP Basic for the API, warms each page up and then measures latency percentiles and throughput with
 * N concurrent threads, bounded by a request count and a time limit. Prints a Markdown table. No dependencies:
 *
 * <pre>java scripts/LoadTest.java --base http://localhost:8091 [--threads 8] [--requests 400] [--seconds 60]
 *     [--warmup 50] [--caseworker mette.holm] [--leader lone.berg] [--password demo]</pre>
 */
public class LoadTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CHILD_LINK = Pattern.compile("href=\"/boern/(\\d+)\"");

    record Scenario(String name, HttpClient client, IntFunction<HttpRequest> request) {
    }

    record Result(String name, int requests, int errors, double p50, double p95, double p99, double max,
            double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.getOrDefault("base", "http://localhost:8091");
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "400"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
        String password = options.getOrDefault("password", "demo");
        String caseworker = options.getOrDefault("caseworker", "mette.holm");
        String leader = options.getOrDefault("leader", "lone.berg");

        HttpClient caseworkerSession = signIn(base, caseworker, password);
        HttpClient leaderSession = signIn(base, leader, password);
        List<String> childIds = childIds(caseworkerSession, base);
        List<String> measured = measuredChildIds(caseworkerSession, base);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (caseworker + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient apiClient = client(null);
        int apiStatus = apiClient.send(get(base + "/api/v1/cases?page=0").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        boolean apiExists = apiStatus != 404;

        List<Scenario> scenarios = List.of(
                new Scenario("Caseworker start page `/`", caseworkerSession, i -> get(base + "/").build()),
                new Scenario("Team leader start page `/`", leaderSession, i -> get(base + "/").build()),
                new Scenario("Case list `/sager`", caseworkerSession, i -> get(base + "/sager").build()),
                new Scenario("Case search `/sager?q=han`", caseworkerSession, i -> get(base + "/sager?q=han").build()),
                new Scenario("Child page `/boern/{id}` (" + childIds.size() + " children)", caseworkerSession,
                        i -> get(base + "/boern/" + childIds.get(i % childIds.size())).build()),
                new Scenario("Progression page `/boern/{id}/progression` (" + measured.size() + " measured children)",
                        caseworkerSession, i -> get(base + "/boern/" + measured.get(i % measured.size())
                                + "/progression").build()),
                new Scenario("Leader's alert section `/progression/advarsler/team` (htmx)", leaderSession,
                        i -> get(base + "/progression/advarsler/team").build()),
                new Scenario("Leader's alert list `/progression/advarsler?side=2`", leaderSession,
                        i -> get(base + "/progression/advarsler?side=2").build()),
                apiExists
                        ? new Scenario("API `/api/v1/cases?page=0` (Basic)", apiClient,
                                i -> get(base + "/api/v1/cases?page=0").header("Authorization", basic).build())
                        : new Scenario("API placeholder `/actuator/health` (no `/api/v1/cases` yet: 404)", apiClient,
                                i -> get(base + "/actuator/health").build()));

        System.err.printf("Load test against %s: %d threads, at most %d requests or %d s per page, %d warm-up%n",
                base, threads, requests, seconds, warmup);
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            run(scenario, threads, warmup, Duration.ofSeconds(seconds));
            Result result = run(scenario, threads, requests, Duration.ofSeconds(seconds));
            System.err.printf("  %s: p95 %.1f ms%n", scenario.name(), result.p95());
            results.add(result);
        }
        System.out.println(table(results, threads));
    }

    /** Sends {@code count} requests from {@code threads} threads, or as many as fit in {@code limit}. */
    static Result run(Scenario scenario, int threads, int count, Duration limit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + limit.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> response = scenario.client().send(scenario.request().apply(i),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(scenario.name(), sorted.size(), errors.get(), millis(sorted, 0.50), millis(sorted, 0.95),
                millis(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() / wall);
    }

    static double millis(List<Long> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static String table(List<Result> results, int threads) {
        StringBuilder table = new StringBuilder("| Page | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | req/s ("
                + threads + " threads) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", r.name(), r.requests(),
                    r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.perSecond()));
        }
        return table.toString();
    }

    /** Form login: the login page gives the CSRF token and the session cookie; success redirects away from /login. */
    static HttpClient signIn(String base, String username, String password) throws Exception {
        HttpClient client = client(new CookieManager());
        String page = client.send(get(base + "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + base + "/login");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login as " + username + " failed: " + response.statusCode() + " " + location);
        }
        return client;
    }

    /** Children to open: those on the first pages of the caseworker's case list. */
    static List<String> childIds(HttpClient client, String base) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 1; page <= 4; page++) {
            String html = client.send(get(base + "/sager?side=" + page).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher link = CHILD_LINK.matcher(html);
            while (link.find()) {
                ids.add(link.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The case list shows no children");
        }
        return List.copyOf(ids);
    }

    /** Children with progression alerts in the caseworker's team: measured, most of them for a year or more. */
    static List<String> measuredChildIds(HttpClient client, String base) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        Pattern progressionLink = Pattern.compile("href=\"/boern/(\\d+)/progression\"");
        for (int page = 1; page <= 4; page++) {
            String html = client.send(get(base + "/progression/advarsler?side=" + page).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher link = progressionLink.matcher(html);
            while (link.find()) {
                ids.add(link.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The leader's alert list shows no children");
        }
        return List.copyOf(ids);
    }

    static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        return cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
    }

    static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
