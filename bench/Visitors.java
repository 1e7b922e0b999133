import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Virtual visitors for the benchmarks. Each one is a browser of its own: a cookie jar (a java.net.CookieManager)
 * and pages fetched, their forms parsed and posted back whole, every hidden input included whatever it is called
 * (the Faces view state today, a signed token tomorrow), with the visible fields filled in and the pressed
 * button's name=value, as a person's browser sends them. Only the JDK; run with {@code java bench/Visitors.java}.
 *
 * <pre>
 * signup   BASE FIRST LAST EMAIL PASSWORD          one account through the signup form
 * cookie   BASE app|peer EMAIL PASSWORD            signs up (the peer) or logs in (the app); prints "Cookie: …"
 * sessions BASE USERS SECONDS PASSWORD EMAIL_FORMAT USERS accounts log in, then open the dashboard and the
 *                                                  editor for SECONDS (EMAIL_FORMAT: String.format with 1..USERS)
 * soak     BASE SECONDS USERS JAVA_PID [SEED]       the virtual-user mix, RssAnon sampled every 15 s
 * resumes  BASE LOGIN PASSWORD COUNT               logs in and makes COUNT resumes from the dashboard
 * scale    BASE LOGIN PASSWORD RUNS                login POST and dashboard GET one at a time, median and p99
 * </pre>
 */
public class Visitors {

    static final String PASSWORD_FOR_NEW = "violet tractor umbrella 42";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java bench/Visitors.java signup|cookie|sessions|soak|resumes|scale …");
            System.exit(64);
        }
        switch (args[0]) {
            case "signup" -> signupCommand(args);
            case "cookie" -> cookieCommand(args);
            case "sessions" -> sessionsCommand(args);
            case "soak" -> soakCommand(args);
            case "resumes" -> resumesCommand(args);
            case "scale" -> scaleCommand(args);
            default -> {
                System.err.println("unknown subcommand " + args[0]);
                System.exit(64);
            }
        }
    }

    // ---------------------------------------------------------------- subcommands

    static void signupCommand(String[] args) throws Exception {
        Browser browser = new Browser(args[1]);
        String refusal = App.signUp(browser, null, args[2], args[3], args[4], args[5]);
        if (refusal != null) {
            fail("signup of " + args[4] + " refused: " + refusal);
        }
        System.out.println("signed up " + args[4]);
    }

    static void cookieCommand(String[] args) throws Exception {
        Browser browser = new Browser(args[1]);
        String email = args[3];
        String password = args[4];
        String refusal = switch (args[2]) {
            case "app" -> App.logIn(browser, null, email, password);
            case "peer" -> Peer.signUp(browser, email, password);
            default -> "unknown server kind " + args[2];
        };
        if (refusal != null) {
            fail(args[2] + ": " + refusal);
        }
        System.out.println("Cookie: " + browser.cookieHeader(browser.base));
    }

    static void resumesCommand(String[] args) throws Exception {
        Browser browser = new Browser(args[1]);
        Stats stats = new Stats();
        String refusal = App.logIn(browser, stats, args[2], args[3]);
        if (refusal != null) {
            fail("login of " + args[2] + " refused: " + refusal);
        }
        Random random = new Random(1);
        for (int i = 1; i <= Integer.parseInt(args[4]); i++) {
            Page dashboard = stats.get(browser, "dashboard", "/dashboard/");
            if (App.createResume(browser, stats, dashboard, "Resume " + i, random) == null) {
                fail("resume " + i + " not created");
            }
        }
        System.out.println(args[4] + " resumes for " + args[2]);
    }

    /** The footprint's third phase: many logged-in sessions, each opening the dashboard and the editor. */
    static void sessionsCommand(String[] args) throws Exception {
        String base = args[1];
        int users = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String password = args[4];
        String emailFormat = args[5];
        Stats stats = new Stats();
        // Logging in costs a PBKDF2 hash; a few at a time, as people arrive, rather than all in one instant.
        Semaphore arriving = new Semaphore(4);
        AtomicInteger loggedIn = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        long[] browseStart = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long started = System.nanoTime();
        for (int u = 1; u <= users; u++) {
            String email = String.format(Locale.ROOT, emailFormat, u);
            int user = u;
            pool.submit(() -> {
                Browser browser = new Browser(base);
                Random random = new Random(user);
                Long resume = null;
                boolean in = false;
                try {
                    arriving.acquire();
                    try {
                        String refusal = null;
                        for (int attempt = 0; attempt < 3; attempt++) {
                            refusal = App.logIn(browser, stats, email, password);
                            if (refusal == null) {
                                break;
                            }
                        }
                        if (refusal != null) {
                            System.err.println(email + " could not log in: " + refusal);
                        } else {
                            Page dashboard = stats.get(browser, "dashboard", "/dashboard/");
                            resume = App.resumeIds(dashboard).stream().findFirst().orElse(null);
                            if (resume == null) {
                                resume = App.createResume(browser, stats, dashboard, "Footprint " + user, random);
                            }
                            in = true;
                            loggedIn.incrementAndGet();
                        }
                    } finally {
                        arriving.release();
                        ready.countDown();
                    }
                    go.await();
                    long deadline = browseStart[0] + TimeUnit.SECONDS.toNanos(seconds);
                    boolean editor = false;
                    while (in && think(random, 1000, 3000, deadline)) {
                        try {
                            if (editor && resume != null) {
                                App.openEditor(browser, stats, resume);
                            } else {
                                stats.get(browser, "dashboard", "/dashboard/");
                            }
                        } catch (Exception e) {
                            System.err.println(email + ": " + e);
                        }
                        editor = !editor;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    unexpected(stats, e);
                }
            });
        }
        ready.await(10, TimeUnit.MINUTES);
        browseStart[0] = System.nanoTime();
        go.countDown();
        System.out.printf("%d of %d sessions logged in after %.0f s; browsing for %d s%n", loggedIn.get(), users,
                (browseStart[0] - started) / 1e9, seconds);
        Stats setup = stats.snapshot();
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        Stats browsing = stats.minus(setup);
        double elapsed = (System.nanoTime() - browseStart[0]) / 1e9;
        System.out.printf("browsing: %d requests in %.0f s (%.1f/s)%n", browsing.requests(), elapsed,
                browsing.requests() / elapsed);
        stats.print();
        System.out.printf("status: 5xx=%d 503=%d%n", stats.serverErrors(), stats.unavailable());
    }

    /** The mix of what people do, for SECONDS, with think time; prints RssAnon samples and per-action numbers. */
    static void soakCommand(String[] args) throws Exception {
        String base = args[1];
        int seconds = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        long javaPid = Long.parseLong(args[4]);
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        Stats stats = new Stats();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        // Each signup costs a 600,000-iteration PBKDF2 hash: arrivals are spread over the first minute.
        long stagger = TimeUnit.SECONDS.toNanos(Math.min(60, Math.max(1, seconds / 2)));
        AtomicInteger active = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            long arrival = started + stagger * u / users;
            pool.submit(() -> {
                Random random = new Random(seed * 1_000_003L + user);
                try {
                    long wait = arrival - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    active.incrementAndGet();
                    new Person(base, user, random, stats, deadline).live();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    active.decrementAndGet();
                }
            });
        }
        pool.shutdown();
        List<long[]> samples = new ArrayList<>();
        System.out.printf("%8s %12s %8s %7s %10s %7s%n", "elapsed", "RssAnon", "threads", "users", "requests",
                "errors");
        long next = started;
        while (true) {
            long now = System.nanoTime();
            if (now >= next) {
                Optional<long[]> status = ProcStatus.read(javaPid);
                long elapsed = Math.round((now - started) / 1e9);
                if (status.isPresent()) {
                    samples.add(new long[] {elapsed, status.get()[0], status.get()[1]});
                    System.out.printf("%6d s %8d MiB %8d %7d %10d %7d%n", elapsed, status.get()[0] >> 10,
                            status.get()[1], active.get(), stats.requests(), stats.errors());
                } else {
                    System.out.printf("%6d s   JVM gone%n", elapsed);
                }
                next += TimeUnit.SECONDS.toNanos(15);
            }
            if (pool.awaitTermination(Math.max(1, (next - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS)) {
                break;
            }
            if (System.nanoTime() > deadline + TimeUnit.SECONDS.toNanos(120)) {
                pool.shutdownNow();
                System.out.println("visitors still busy two minutes after the deadline; stopped");
                pool.awaitTermination(10, TimeUnit.SECONDS);
                break;
            }
        }
        ProcStatus.read(javaPid).ifPresent(s -> samples.add(new long[] {Math.round((System.nanoTime() - started)
                / 1e9), s[0], s[1]}));
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n%d virtual users, %.0f s, %d requests (%.1f/s)%n", users, elapsed, stats.requests(),
                stats.requests() / elapsed);
        stats.print();
        System.out.printf("5xx: %d, of which 503: %d%n", stats.serverErrors(), stats.unavailable());
        boolean alive = ProcStatus.read(javaPid).isPresent();
        int live = alive ? Browser.status(base + "/health/live") : -1;
        System.out.printf("JVM (pid %d) still alive: %s; /health/live: %s%n", javaPid, alive ? "yes" : "NO",
                live < 0 ? "no answer" : Integer.toString(live));
        long window = seconds >= 600 ? 300 : Math.max(1, seconds / 2);
        long from = Math.round(elapsed) - window;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int count = 0;
        for (long[] sample : samples) {
            if (sample[0] >= from) {
                min = Math.min(min, sample[1]);
                max = Math.max(max, sample[1]);
                count++;
            }
        }
        if (count < 2) {
            System.out.println("RssAnon flatness: too few samples in the last " + window + " s");
        } else {
            double spread = 100.0 * (max - min) / max;
            System.out.printf("RssAnon in the last %d s (%d samples): %d to %d MiB, spread %d MiB (%.1f%%): %s%n",
                    window, count, min >> 10, max >> 10, (max - min) >> 10, spread,
                    spread <= 5 ? "flat (within 5%)" : "NOT flat (more than 5%)");
        }
    }

    /** Login POST and dashboard GET, one request at a time, each login from a fresh browser. */
    static void scaleCommand(String[] args) throws Exception {
        String base = args[1];
        String login = args[2];
        String password = args[3];
        int runs = Integer.parseInt(args[4]);
        Stats stats = new Stats();
        Stats warmUp = new Stats();
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            Browser browser = new Browser(base);
            App.logIn(browser, warmUp, login, password);
            warmUp.get(browser, "dashboard", "/dashboard/");
        }
        for (int i = 0; i < runs; i++) {
            Browser browser = new Browser(base);
            String refusal = App.logIn(browser, stats, login, password);
            if (refusal != null) {
                System.err.println("login refused: " + refusal);
                continue;
            }
            stats.get(browser, "dashboard", "/dashboard/");
        }
        for (String name : List.of("login", "dashboard")) {
            Stats.Series series = stats.series(name);
            System.out.printf(Locale.ROOT, "%s: median %.1f ms, p99 %.1f ms, max %.1f ms, %d ok, %d errors%n",
                    name.equals("login") ? "login POST" : "dashboard GET", series.percentile(50),
                    series.percentile(99), series.max(), series.ok(), series.errors());
        }
    }

    // ---------------------------------------------------------------- one person of the soak

    /** A virtual user of the soak: signs up once, then comes back to their resumes until the deadline. */
    static final class Person {

        private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "Ken", "Margaret", "Niklaus"};
        private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
            "Allen", "Thompson", "Hamilton", "Wirth"};

        private final Browser browser;
        private final int number;
        private final Random random;
        private final Stats stats;
        private final long deadline;
        private final String email;
        private boolean signedUp;
        private boolean loggedIn;
        private int saves;

        Person(String base, int number, Random random, Stats stats, long deadline) {
            this.browser = new Browser(base);
            this.number = number;
            this.random = random;
            this.stats = stats;
            this.deadline = deadline;
            this.email = "soak" + number + "@example.com";
        }

        void live() throws InterruptedException {
            while (System.nanoTime() < deadline) {
                try {
                    if (!visit()) {
                        think(1000, 3000);
                    }
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    unexpected(stats, e);
                    think(1000, 3000);
                }
            }
        }

        /** One visit: in if need be, the dashboard, a resume edited, saved and downloaded; sometimes out. */
        private boolean visit() throws Exception {
            if (!loggedIn) {
                Page loginPage = stats.get(browser, "login page", "/accounts/login/");
                if (loginPage.status() != 200 || !think(1000, 3000)) {
                    return false;
                }
                if (!signedUp) {
                    String first = FIRST[number % FIRST.length];
                    String last = LAST[(number / FIRST.length) % LAST.length];
                    String refusal = App.signUp(browser, stats, first, last, email, PASSWORD_FOR_NEW);
                    if (refusal != null && !refusal.contains("taken")) {
                        return false;
                    }
                    signedUp = true;
                    if (!think(1000, 3000)) {
                        return true;
                    }
                }
                if (App.logIn(browser, stats, email, PASSWORD_FOR_NEW) != null) {
                    return false;
                }
                loggedIn = true;
                if (!think(1000, 3000)) {
                    return true;
                }
            }
            Page dashboard = stats.get(browser, "dashboard", "/dashboard/");
            if (dashboard.status() != 200) {
                loggedIn = !dashboard.sentToLogIn();
                return false;
            }
            if (!think(1000, 3000)) {
                return true;
            }
            List<Long> resumes = App.resumeIds(dashboard);
            Long resume;
            if (resumes.isEmpty() || (resumes.size() < 10 && random.nextInt(4) == 0)) {
                resume = App.createResume(browser, stats, dashboard, "Soak " + number + "." + resumes.size(), random);
                if (resume == null) {
                    return false;
                }
            } else {
                resume = resumes.get(random.nextInt(resumes.size()));
            }
            Page editor = App.openEditor(browser, stats, resume);
            if (editor == null || !think(1000, 3000)) {
                return editor != null;
            }
            Page saved = App.save(browser, stats, editor, "Engineer, edit " + (++saves),
                    "Builds and runs services; this is save number " + saves + " of " + email + ".");
            if (saved == null || !think(1000, 3000)) {
                return saved != null;
            }
            stats.pdf(browser, resume);
            if (!think(1000, 3000)) {
                return true;
            }
            if (random.nextInt(100) < 15) {
                Page logout = stats.get(browser, "logout page", "/accounts/logout/");
                Optional<Form> form = logout.formWithButton("submit");
                if (form.isPresent()) {
                    Page out = stats.submit(browser, "logout", form.get(), "submit");
                    loggedIn = !(out.status() == 302 || out.status() == 303);
                }
                think(1000, 3000);
            }
            return true;
        }

        private boolean think(int fromMillis, int toMillis) throws InterruptedException {
            return Visitors.think(random, fromMillis, toMillis, deadline);
        }
    }

    // ---------------------------------------------------------------- what the app's pages ask for

    /** The app's flows, by the pages' visible field and button names only. */
    static final class App {

        private static final Pattern EDIT_LINK = Pattern.compile("/resumes/edit/\\?id=(\\d+)");
        private static final Pattern IFRAME = Pattern.compile("<iframe\\b[^>]*\\bsrc=\"([^\"]*)\"");

        /** Signs up through the form; null when the account was created, else what the page said. */
        static String signUp(Browser browser, Stats stats, String first, String last, String email, String password)
                throws Exception {
            Stats s = stats == null ? new Stats() : stats;
            Page page = s.get(browser, "signup page", "/accounts/signup/");
            Form form = page.formWith("email").orElse(null);
            if (form == null) {
                return "no signup form (" + page.status() + ")";
            }
            form.set("firstName", first).set("lastName", last).set("email", email).set("password", password)
                    .set("confirmPassword", password);
            Page answer = s.submit(browser, "signup", form, "submit");
            if (answer.redirectedTo("/accounts/login/")) {
                return null;
            }
            String error = answer.firstMatch("class=\"field-error[^\"]*\"[^>]*>([^<]+)<");
            return answer.status() + (error == null ? "" : " " + error);
        }

        /** Logs in through the form; null when the app sent the browser to the dashboard. */
        static String logIn(Browser browser, Stats stats, String login, String password) throws Exception {
            Stats s = stats == null ? new Stats() : stats;
            Page page = s.get(browser, "login page", "/accounts/login/");
            Form form = page.formWith("password").orElse(null);
            if (form == null) {
                return "no login form (" + page.status() + ")";
            }
            form.set("login", login).set("password", password);
            Page answer = s.submit(browser, "login", form, "submit");
            if (answer.redirectedTo("/dashboard/")) {
                return null;
            }
            String notice = answer.firstMatch("class=\"notice notice-error\"[^>]*>([^<]+)<");
            return answer.status() + (notice == null ? "" : " " + notice);
        }

        static List<Long> resumeIds(Page dashboard) {
            List<Long> ids = new ArrayList<>();
            Matcher m = EDIT_LINK.matcher(dashboard.body());
            while (m.find()) {
                long id = Long.parseLong(m.group(1));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        }

        /** The dashboard's "new resume" form; the id of the resume the app opened, or null. */
        static Long createResume(Browser browser, Stats stats, Page dashboard, String title, Random random)
                throws Exception {
            Optional<Form> form = dashboard.formWith("title");
            if (form.isEmpty()) {
                stats.record("create resume", 0, 0, false);
                return null;
            }
            form.get().set("title", title);
            Page answer = stats.submit(browser, "create resume", form.get(),
                    random.nextBoolean() ? "createBlank" : "createFromProfile");
            Matcher id = answer.location().map(EDIT_LINK::matcher).filter(Matcher::find).orElse(null);
            return id == null ? null : Long.valueOf(id.group(1));
        }

        /** The editor, and the preview beside it as the browser loads it; null when the editor did not open. */
        static Page openEditor(Browser browser, Stats stats, long resume) throws Exception {
            Page editor = stats.get(browser, "editor", "/resumes/edit/?id=" + resume);
            if (editor.status() != 200 || editor.formWithButton("save").isEmpty()) {
                return null;
            }
            Matcher iframe = IFRAME.matcher(editor.body());
            if (iframe.find()) {
                stats.get(browser, "preview", Html.unescape(iframe.group(1)));
            }
            return editor;
        }

        /** Types a headline and a summary into the editor and presses Save; the page after, or null. */
        static Page save(Browser browser, Stats stats, Page editor, String headline, String summary)
                throws Exception {
            Form form = editor.formWithButton("save").orElseThrow();
            form.setLabelled("Headline", headline).setLabelled("Summary", summary);
            Page answer = stats.submit(browser, "save", form, "save", p -> p.status() == 200
                    && p.body().contains("data-status=\"SAVED\""));
            return answer.status() == 200 ? answer : null;
        }
    }

    /** The Django peer's signup (django-allauth): logged in right after, as the peer sends no verification. */
    static final class Peer {

        static String signUp(Browser browser, String email, String password) throws Exception {
            Stats s = new Stats();
            Page page = s.get(browser, "signup page", "/accounts/signup/");
            Form form = page.formWith("password1").orElse(null);
            if (form == null) {
                return "no signup form (" + page.status() + ")";
            }
            form.set("email", email).set("username", email.substring(0, email.indexOf('@')).replace('.', '_'))
                    .set("password1", password).set("password2", password);
            Page answer = s.submit(browser, "signup", form, null);
            if (answer.redirectedTo("/dashboard/")) {
                return null;
            }
            return answer.status() + " " + answer.firstMatch("<ul class=\"errorlist\"><li>([^<]+)<");
        }
    }

    static boolean think(Random random, int fromMillis, int toMillis, long deadline) throws InterruptedException {
        long pause = TimeUnit.MILLISECONDS.toNanos(fromMillis + random.nextInt(toMillis - fromMillis + 1));
        long left = deadline - System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(pause, left)));
        return System.nanoTime() < deadline;
    }

    private static final AtomicInteger UNEXPECTED_SHOWN = new AtomicInteger();

    /**
     * A failure outside a timed request (which counts its own): a page that did not hold what a person would have
     * found there. Counted, and the first few shown.
     */
    static void unexpected(Stats stats, Exception e) {
        if (e instanceof java.io.IOException) {
            return;
        }
        stats.record("(unexpected)", 0, 0, false);
        if (UNEXPECTED_SHOWN.incrementAndGet() <= 5) {
            System.err.println("unexpected: " + e);
        }
    }

    static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }

    // ---------------------------------------------------------------- HTTP, cookies, pages and forms

    /** One person's browser: its own cookie jar over a client shared by all (one connection pool). */
    static final class Browser {

        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        final URI base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        Browser(String base) {
            this.base = URI.create(base.endsWith("/") ? base : base + "/");
        }

        Page get(String pathOrUrl) throws Exception {
            URI uri = base.resolve(pathOrUrl);
            return send(HttpRequest.newBuilder(uri).GET(), uri);
        }

        Page post(URI action, List<String[]> fields) throws Exception {
            StringBuilder body = new StringBuilder();
            for (String[] field : fields) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
            }
            String origin = action.getScheme() + "://" + action.getRawAuthority();
            return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin).header("Sec-Fetch-Site", "same-origin")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), action);
        }

        private Page send(HttpRequest.Builder request, URI uri) throws Exception {
            String cookie = cookieHeader(uri);
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(REQUEST_TIMEOUT);
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            cookies.put(uri, response.headers().map());
            return new Page(uri, response.statusCode(), response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        }

        String cookieHeader(URI uri) throws Exception {
            return String.join("; ", cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of()));
        }

        /** The status of one GET without cookies; -1 when nothing answers. */
        static int status(String url) {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                return -1;
            }
        }
    }

    /** A response as a browser sees it. */
    record Page(URI uri, int status, Optional<String> location, String contentType, byte[] bytes) {

        private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        boolean redirectedTo(String path) {
            return (status == 302 || status == 303) && location.map(uri::resolve).map(URI::getPath)
                    .filter(path::equals).isPresent();
        }

        boolean sentToLogIn() {
            return (status == 302 || status == 303) && location.orElse("").contains("/accounts/login/");
        }

        String firstMatch(String regex) {
            Matcher m = Pattern.compile(regex).matcher(body());
            return m.find() ? Html.unescape(m.group(1)).strip() : null;
        }

        List<Form> forms() {
            List<Form> forms = new ArrayList<>();
            Matcher m = FORM.matcher(body());
            while (m.find()) {
                forms.add(Form.parse(uri, m.group(1), m.group(2)));
            }
            return forms;
        }

        /** The form holding a field (not a button) of this name. */
        Optional<Form> formWith(String field) {
            return forms().stream().filter(f -> f.hasField(field)).findFirst();
        }

        Optional<Form> formWithButton(String button) {
            return forms().stream().filter(f -> f.buttons.containsKey(button)).findFirst();
        }
    }

    /** A parsed HTML form: what a browser would submit from it, in document order. */
    static final class Form {

        private static final Pattern TAG = Pattern.compile("<(input|select|textarea|button|label)\\b([^>]*)>",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern ATTRIBUTE = Pattern.compile(
                "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
        private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>([^<]*)", Pattern.CASE_INSENSITIVE);

        final URI action;
        /** name, value pairs of the successful controls (submit buttons excluded), in document order. */
        private final List<String[]> fields = new ArrayList<>();
        final Map<String, String> buttons = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, String> namesById = new LinkedHashMap<>();

        private Form(URI action) {
            this.action = action;
        }

        static Form parse(URI page, String formAttributes, String html) {
            Map<String, String> attributes = attributes(formAttributes);
            String action = attributes.get("action");
            Form form = new Form(action == null || action.isEmpty() ? page : page.resolve(action));
            Matcher m = TAG.matcher(html);
            int from = 0;
            while (m.find(from)) {
                String tag = m.group(1).toLowerCase(Locale.ROOT);
                Map<String, String> a = attributes(m.group(2));
                from = m.end();
                String name = a.get("name");
                String id = a.get("id");
                if (name != null && id != null) {
                    form.namesById.put(id, name);
                }
                switch (tag) {
                    case "label" -> {
                        int end = indexOfIgnoreCase(html, "</label>", from);
                        if (a.containsKey("for") && end >= 0) {
                            form.labels.put(Html.unescape(html.substring(from, end).replaceAll("<[^>]*>", ""))
                                    .strip(), a.get("for"));
                        }
                    }
                    case "textarea" -> {
                        int end = indexOfIgnoreCase(html, "</textarea>", from);
                        String text = end < 0 ? "" : html.substring(from, end);
                        // As in a browser: one newline right after the start tag is not part of the value.
                        if (text.startsWith("\r\n")) {
                            text = text.substring(2);
                        } else if (text.startsWith("\n")) {
                            text = text.substring(1);
                        }
                        if (name != null && !a.containsKey("disabled")) {
                            form.fields.add(new String[] {name, Html.unescape(text)});
                        }
                        from = end < 0 ? from : end;
                    }
                    case "select" -> {
                        int end = indexOfIgnoreCase(html, "</select>", from);
                        String options = end < 0 ? "" : html.substring(from, end);
                        if (name != null && !a.containsKey("disabled")) {
                            form.addSelected(name, options, a.containsKey("multiple"));
                        }
                        from = end < 0 ? from : end;
                    }
                    case "button" -> {
                        String type = a.getOrDefault("type", "submit").toLowerCase(Locale.ROOT);
                        if (name != null && type.equals("submit") && !a.containsKey("disabled")) {
                            form.buttons.put(name, Html.unescape(a.getOrDefault("value", "")));
                        }
                    }
                    default -> form.addInput(name, a);
                }
            }
            return form;
        }

        private void addInput(String name, Map<String, String> a) {
            String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
            if (name == null || a.containsKey("disabled")) {
                return;
            }
            String value = Html.unescape(a.getOrDefault("value", ""));
            switch (type) {
                case "submit", "image" -> buttons.put(name, value);
                case "button", "reset", "file" -> {
                }
                case "checkbox", "radio" -> {
                    if (a.containsKey("checked")) {
                        fields.add(new String[] {name, a.containsKey("value") ? value : "on"});
                    }
                }
                default -> fields.add(new String[] {name, value});
            }
        }

        private void addSelected(String name, String options, boolean multiple) {
            Matcher m = OPTION.matcher(options);
            String first = null;
            boolean any = false;
            while (m.find()) {
                Map<String, String> a = attributes(m.group(1));
                if (a.containsKey("disabled")) {
                    continue;
                }
                String value = Html.unescape(a.containsKey("value") ? a.get("value") : m.group(2).strip());
                if (first == null) {
                    first = value;
                }
                if (a.containsKey("selected")) {
                    fields.add(new String[] {name, value});
                    any = true;
                    if (!multiple) {
                        return;
                    }
                }
            }
            if (!any && !multiple && first != null) {
                fields.add(new String[] {name, first});
            }
        }

        boolean hasField(String name) {
            return fields.stream().anyMatch(f -> f[0].equals(name)) || namesById.containsValue(name)
                    && !buttons.containsKey(name);
        }

        /** Sets a field's value (a checkbox that was not ticked is added). */
        Form set(String name, String value) {
            for (String[] field : fields) {
                if (field[0].equals(name)) {
                    field[1] = value;
                    return this;
                }
            }
            if (!namesById.containsValue(name)) {
                throw new IllegalStateException("the form has no field " + name + "; it has " + names());
            }
            fields.add(new String[] {name, value});
            return this;
        }

        /** Sets the field a person finds by its label's words. */
        Form setLabelled(String label, String value) {
            String id = labels.get(label);
            String name = id == null ? null : namesById.get(id);
            if (name == null) {
                throw new IllegalStateException("no field labelled " + label + "; labels: " + labels.keySet());
            }
            return set(name, value);
        }

        /** What the browser sends when {@code button} is pressed (null: the form's only or first button). */
        List<String[]> submission(String button) {
            List<String[]> sent = new ArrayList<>();
            for (String[] field : fields) {
                sent.add(field.clone());
            }
            String pressed = button != null ? button : buttons.keySet().stream().findFirst().orElse(null);
            if (pressed != null) {
                String value = buttons.get(pressed);
                if (value == null) {
                    throw new IllegalStateException("the form has no button " + pressed + "; it has "
                            + buttons.keySet());
                }
                sent.add(new String[] {pressed, value});
            }
            return sent;
        }

        private List<String> names() {
            return fields.stream().map(f -> f[0]).toList();
        }

        static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(text);
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : value);
            }
            return attributes;
        }

        private static int indexOfIgnoreCase(String text, String needle, int from) {
            return text.toLowerCase(Locale.ROOT).indexOf(needle, from);
        }
    }

    static final class Html {

        private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
        private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
                "apos", "'", "nbsp", "\u00a0");

        static String unescape(String text) {
            if (text.indexOf('&') < 0) {
                return text;
            }
            Matcher m = ENTITY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String entity = m.group(1);
                String replacement;
                if (entity.startsWith("#x") || entity.startsWith("#X")) {
                    replacement = Character.toString(Integer.parseInt(entity.substring(2), 16));
                } else if (entity.startsWith("#")) {
                    replacement = Character.toString(Integer.parseInt(entity.substring(1)));
                } else {
                    replacement = NAMED.getOrDefault(entity, m.group());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    // ---------------------------------------------------------------- numbers

    /** Latencies and outcomes per page or action. */
    static final class Stats {

        final Map<String, Series> series = new ConcurrentHashMap<>();
        private final List<String> order = Collections.synchronizedList(new ArrayList<>());

        Page get(Browser browser, String name, String path) throws Exception {
            return timed(name, () -> browser.get(path), p -> p.status() == 200);
        }

        Page submit(Browser browser, String name, Form form, String button) throws Exception {
            return submit(browser, name, form, button, p -> p.status() == 302 || p.status() == 303);
        }

        Page submit(Browser browser, String name, Form form, String button,
                java.util.function.Predicate<Page> ok) throws Exception {
            List<String[]> fields = form.submission(button);
            return timed(name, () -> browser.post(form.action, fields), ok);
        }

        void pdf(Browser browser, long resume) throws Exception {
            timed("pdf", () -> browser.get("/resumes/pdf/?id=" + resume), p -> p.status() == 200
                    && p.contentType().startsWith("application/pdf") && p.bytes().length > 4
                    && new String(p.bytes(), 0, 4, StandardCharsets.US_ASCII).equals("%PDF"));
        }

        private Page timed(String name, Request request, java.util.function.Predicate<Page> ok) throws Exception {
            long t = System.nanoTime();
            Page page;
            try {
                page = request.send();
            } catch (Exception e) {
                record(name, System.nanoTime() - t, 0, false);
                throw e;
            }
            record(name, System.nanoTime() - t, page.status(), ok.test(page));
            return page;
        }

        void record(String name, long nanos, int status, boolean ok) {
            series.computeIfAbsent(name, n -> {
                order.add(n);
                return new Series();
            }).add(nanos, status, ok);
        }

        Series series(String name) {
            return series.getOrDefault(name, new Series());
        }

        long total(String name) {
            return series(name).count();
        }

        long requests() {
            return series.values().stream().mapToLong(Series::count).sum();
        }

        long errors() {
            return series.values().stream().mapToLong(Series::errors).sum();
        }

        long serverErrors() {
            return series.values().stream().mapToLong(s -> s.serverErrors).sum();
        }

        long unavailable() {
            return series.values().stream().mapToLong(s -> s.unavailable).sum();
        }

        Stats snapshot() {
            Stats copy = new Stats();
            synchronized (order) {
                for (String name : order) {
                    copy.order.add(name);
                    copy.series.put(name, series.get(name).copy());
                }
            }
            return copy;
        }

        Stats minus(Stats earlier) {
            Stats difference = new Stats();
            synchronized (order) {
                for (String name : order) {
                    difference.order.add(name);
                    difference.series.put(name, series.get(name).after(earlier.series.get(name)));
                }
            }
            return difference;
        }

        void print() {
            System.out.printf("%-14s %7s %10s %10s %10s %7s %6s%n", "page/action", "count", "median", "p99", "max",
                    "errors", "503s");
            List<String> names;
            synchronized (order) {
                names = new ArrayList<>(order);
            }
            for (String name : names) {
                Series s = series.get(name);
                System.out.printf(Locale.ROOT, "%-14s %7d %7.1f ms %7.1f ms %7.1f ms %7d %6d%n", name, s.count(),
                        s.percentile(50), s.percentile(99), s.max(), s.errors(), s.unavailable);
            }
        }

        interface Request {
            Page send() throws Exception;
        }

        static final class Series {

            private final List<Long> nanos = new ArrayList<>();
            private long errors;
            private long serverErrors;
            private long unavailable;

            synchronized void add(long time, int status, boolean ok) {
                nanos.add(time);
                if (!ok) {
                    errors++;
                }
                if (status >= 500) {
                    serverErrors++;
                }
                if (status == 503) {
                    unavailable++;
                }
            }

            synchronized long count() {
                return nanos.size();
            }

            synchronized long errors() {
                return errors;
            }

            synchronized long ok() {
                return nanos.size() - errors;
            }

            synchronized double percentile(double p) {
                if (nanos.isEmpty()) {
                    return Double.NaN;
                }
                List<Long> sorted = new ArrayList<>(nanos);
                Collections.sort(sorted);
                int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
                return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
            }

            synchronized double max() {
                return nanos.isEmpty() ? Double.NaN : Collections.max(nanos) / 1e6;
            }

            synchronized Series copy() {
                Series copy = new Series();
                copy.nanos.addAll(nanos);
                copy.errors = errors;
                copy.serverErrors = serverErrors;
                copy.unavailable = unavailable;
                return copy;
            }

            synchronized Series after(Series earlier) {
                Series later = new Series();
                int skip = earlier == null ? 0 : earlier.nanos.size();
                later.nanos.addAll(nanos.subList(Math.min(skip, nanos.size()), nanos.size()));
                later.errors = errors - (earlier == null ? 0 : earlier.errors);
                later.serverErrors = serverErrors - (earlier == null ? 0 : earlier.serverErrors);
                later.unavailable = unavailable - (earlier == null ? 0 : earlier.unavailable);
                return later;
            }
        }
    }

    /** RssAnon (KiB) and threads of a process, from /proc; empty when the process is gone. */
    static final class ProcStatus {

        static Optional<long[]> read(long pid) {
            try {
                long rss = -1;
                long threads = -1;
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("RssAnon:")) {
                        rss = Long.parseLong(line.replaceAll("\\D", ""));
                    } else if (line.startsWith("Threads:")) {
                        threads = Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
                return rss < 0 ? Optional.empty() : Optional.of(new long[] {rss, threads});
            } catch (Exception e) {
                return Optional.empty();
            }
        }
    }
}
