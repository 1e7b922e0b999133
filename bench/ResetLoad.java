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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Password reset requests as browsers send them: each fetches the form (session cookie, Faces view state) and
 * posts the address; only the POST is timed, up to its redirect to the code page.
 * Usage: java ResetLoad.java BASE_URL EMAIL REQUESTS WORKERS LABEL
 */
public class ResetLoad {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String email = args[1];
        int requests = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    try {
                        URI page = URI.create(base + "/accounts/password/reset/");
                        HttpResponse<String> form = http.send(HttpRequest.newBuilder(page).build(),
                                HttpResponse.BodyHandlers.ofString());
                        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                        Matcher state = VIEW_STATE.matcher(form.body());
                        state.find();
                        String body = "resetForm=resetForm&email=" + enc(email) + "&submit=Send+code"
                                + "&jakarta.faces.ViewState=" + enc(state.group(1));
                        long t = System.nanoTime();
                        HttpResponse<String> post = http.send(HttpRequest.newBuilder(page).header("Cookie", cookie)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t;
                        if (post.statusCode() == 302 && post.headers().firstValue("Location").orElse("")
                                .endsWith("/accounts/password/reset/verify/")) {
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
            System.out.println("no successful reset request; failures: " + failures.subList(0,
                    Math.min(5, failures.size())));
            System.exit(1);
        }
        System.out.printf("%-15s reset POST: %d ok, %d failed in %.1f s with %d workers: median %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n", args[4], sorted.size(), failures.size(), seconds, workers,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
