package com.airesume.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application as an operator runs it: {@code payara/start}, the only start path, with an environment
 * made from scratch (nothing leaks in from the test JVM), its output kept in {@code target/it-logs}.
 */
public final class RunningApp implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(3);
    private static final AtomicInteger NEXT_PORT = new AtomicInteger();

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app and returns at once; see {@link #awaitReady()} and {@link #awaitExit()}. */
    public static RunningApp start(String name, Map<String, String> environment) {
        try {
            int port = freePort();
            Path logs = ROOT.resolve("target/it-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log");
            ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("payara/start").toString())
                    .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            for (String inherited : new String[] {"PATH", "HOME", "JAVA_HOME", "LANG", "TMPDIR"}) {
                Optional.ofNullable(System.getenv(inherited)).ifPresent(v -> env.put(inherited, v));
            }
            env.put("PORT", Integer.toString(port));
            env.put("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
            env.putAll(environment);
            return new RunningApp(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A development environment: DEBUG on, the given extra variables, data under a new directory. */
    public static Map<String, String> debugEnvironment(Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DEBUG", "True");
        env.put("DATA_DIR", dataDir.toString());
        return env;
    }

    /** Waits until {@code /health/ready} answers 200; fails with the log's tail if the process ends first. */
    public RunningApp awaitReady() {
        Instant limit = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + " before it was ready:\n"
                        + tail());
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause(250);
        }
        throw new AssertionError("The app was not ready within " + BOOT_LIMIT + ":\n" + tail());
    }

    /** Waits for the process to end on its own and returns its exit code. */
    public int awaitExit() {
        try {
            if (!process.waitFor(BOOT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The app did not exit within " + BOOT_LIMIT + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Sends a request exactly as written, over a plain socket, reading the answer while the body is still being
     * written (as browsers do), and returns the status code and the response text. For what
     * {@code java.net.http} will not send: a forged {@code Host}, a body the server refuses before reading it.
     */
    public RawResponse raw(String head, byte[] body) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.replace("\n", "\r\n").concat("\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                        out.write(body, offset, Math.min(64 * 1024, body.length - offset));
                    }
                    out.flush();
                } catch (IOException refused) {
                    // the server answered and closed before taking the whole body: what the test looks for
                }
            });
            writer.start();
            byte[] answer = socket.getInputStream().readNBytes(256 * 1024);
            writer.join(30_000);
            String text = new String(answer, StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A response read off the socket: its status and its whole text, headers included. */
    public record RawResponse(int status, String text) {
    }

    /** Resident memory of the JVM behind {@code payara/start}, in bytes, from /proc. */
    public long residentBytes() {
        try {
            return Files.readAllLines(proc("status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TCP ports the JVM behind {@code payara/start} listens on, on any address, from /proc. */
    public Set<Integer> listeningPorts() {
        try {
            Set<String> sockets = new HashSet<>();
            try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(proc("fd"))) {
                for (Path descriptor : descriptors) {
                    try {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")) {
                            sockets.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // not a socket any more
                    }
                }
            }
            Set<Integer> ports = new TreeSet<>();
            for (String table : List.of("net/tcp", "net/tcp6")) {
                for (String line : Files.readAllLines(proc(table)).stream().skip(1).toList()) {
                    String[] fields = line.strip().split("\\s+");
                    boolean listening = fields[3].equals("0A");
                    if (listening && sockets.contains(fields[9])) {
                        ports.add(Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16));
                    }
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path proc(String entry) {
        long java = process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();
        return Path.of("/proc", Long.toString(java)).resolve(entry);
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    private String tail() {
        String output = output();
        return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
    }

    /** Stops the server the way a container host does (SIGTERM) and waits for it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Kills the server without warning (SIGKILL to the JVM and the script), as a crash or an out-of-memory kill
     * would: nothing of it gets to say goodbye to the other instances.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A TCP port nobody listens on now: any, or one of {@code -Dit.ports=FIRST-LAST} on a machine shared with others,
     * taken in turn so that a port just handed out is not handed out again while its server is still starting.
     */
    public static int freePort() throws IOException {
        String range = System.getProperty("it.ports", "").strip();
        if (range.isEmpty()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        String[] bounds = range.split("-");
        int first = Integer.parseInt(bounds[0].strip());
        int span = Integer.parseInt(bounds[1].strip()) - first + 1;
        for (int tried = 0; tried < span; tried++) {
            int port = first + Math.floorMod(NEXT_PORT.getAndIncrement(), span);
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("No free port in it.ports=" + range);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
