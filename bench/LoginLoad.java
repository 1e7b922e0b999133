import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Login POSTs as browsers send them: each worker fetches the form (form cookie and token, Faces view state) and posts
 * the credentials; only the POST is timed. Usage: java LoginLoad.java BASE_URL LOGIN PASSWORD WORKERS SECONDS
 */
public class LoginLoad {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String login = args[1];
        String password = args[2];
        int workers = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/accounts/login/"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                        Matcher state = VIEW_STATE.matcher(form.body());
                        state.find();
                        Matcher token = FORM_TOKEN.matcher(form.body());
                        token.find();
                        String body = "loginForm=loginForm&login=" + enc(login) + "&password=" + enc(password)
                                + "&submit=Log+in&form_token=" + enc(token.group(1))
                                + "&jakarta.faces.ViewState=" + enc(state.group(1));
                        long t = System.nanoTime();
                        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/accounts/login/"))
                                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t;
                        if (post.statusCode() == 302 && post.headers().firstValue("Location").orElse("").endsWith("/dashboard/")) {
                            latencies.add(elapsed);
                        } else {
                            failures.add(Integer.toString(post.statusCode()));
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("no successful login; failures: " + failures.subList(0, Math.min(5, failures.size())));
            System.exit(1);
        }
        System.out.printf("login POST: %d ok, %d failed in %.1f s with %d workers: %.1f logins/s, median %.0f ms,"
                + " p99 %.0f ms%n", sorted.size(), failures.size(), seconds, workers, sorted.size() / seconds,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
