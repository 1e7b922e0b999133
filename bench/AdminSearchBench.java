import com.airesume.testing.FacesClient;
import com.airesume.testing.RunningApp;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin console's user search at 100,000 users on PostgreSQL, end to end: the app started through
 * payara/start on a fresh database, the users inserted with generate_series, the administrator logged in, then
 * each search page fetched over HTTP (median, p95, max of warm requests). Run by bench/admin-search.
 */
public class AdminSearchBench {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String database = "bench_admin_search";
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                ""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        Map<String, String> env = RunningApp.debugEnvironment(Files.createTempDirectory("bench-admin"));
        env.put("DATABASE_URL", "postgresql://postgres:unused@127.0.0.1:5432/" + database);
        env.put("ADMIN_EMAIL", "admin@example.com");
        env.put("ADMIN_PASSWORD", "granite comet willow 8264");
        env.put("TRUSTED_PROXY_COUNT", "1");
        try (RunningApp app = RunningApp.start("bench-admin-search", env).awaitReady()) {
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database,
                    "postgres", ""); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO users (email, email_key, username, username_key, first_name,"
                        + " last_name, password_hash, created_at, updated_at) SELECT 'Person' || n || '@example.com',"
                        + " 'person' || n || '@example.com', 'person' || n, 'person' || n, 'First' || (n % 997),"
                        + " 'Last' || (n % 1009), 'x', now(), now() FROM generate_series(1, " + users + ") AS n");
                statement.execute("ANALYZE users");
            }
            System.out.printf("%,d users inserted in %.1f s%n", users, (System.nanoTime() - start) / 1e9);
            FacesClient client = new FacesClient(app, "198.51.100.9");
            client.submit("/accounts/login/", "loginForm", Map.of("login", "admin@example.com", "password",
                    "granite comet willow 8264"), "submit");
            Map<String, String> searches = new LinkedHashMap<>();
            searches.put("first page, no search", "/admin/users/");
            searches.put("one match (person77777)", "/admin/users/?q=person77777%40");
            searches.put("many matches (last42)", "/admin/users/?q=last42");
            searches.put("no match", "/admin/users/?q=nobody-at-all");
            searches.put("deep page (after id 50000)", "/admin/users/?order=oldest&after=50000");
            System.out.printf("%-30s %10s %10s %10s%n", "search", "median", "p95", "max");
            for (Map.Entry<String, String> search : searches.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    client.get(search.getValue());
                }
                long[] times = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    int status = client.get(search.getValue()).status();
                    times[i] = System.nanoTime() - t;
                    if (status != 200) {
                        throw new IllegalStateException(search.getValue() + " answered " + status);
                    }
                }
                Arrays.sort(times);
                System.out.printf("%-30s %7.1f ms %7.1f ms %7.1f ms%n", search.getKey(), times[runs / 2] / 1e6,
                        times[(int) (runs * 0.95)] / 1e6, times[runs - 1] / 1e6);
            }
        }
    }
}
