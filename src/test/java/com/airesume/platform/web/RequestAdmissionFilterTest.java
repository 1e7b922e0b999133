package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line in front of the application, on stand-in servlet objects. */
class RequestAdmissionFilterTest {

    private final ExecutorService clients = Executors.newCachedThreadPool();
    private final AtomicInteger shed = new AtomicInteger();

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    @Test
    void requestsBeyondThePermitsWaitTheirTurn() throws Exception {
        RequestAdmissionFilter filter = filter(2, 5_000);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FilterChain slow = (request, response) -> {
            most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            inside.countDown();
            await(release);
            concurrent.decrementAndGet();
        };
        List<Map<String, Object>> answers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.submit(() -> answers.add(pass(filter, "/dashboard/", slow)));
        }
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertEquals(2, concurrent.get(), "more requests than permits got in");
        release.countDown();
        clients.shutdown();
        assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(5, answers.size());
        assertTrue(answers.stream().allMatch(Map::isEmpty), "a request that waited its turn was refused: " + answers);
        assertEquals(2, most.get());
        assertEquals(0, shed.get());
    }

    @Test
    void aRequestThatWaitsTooLongGetsAFast503WithRetryAfter() throws Exception {
        RequestAdmissionFilter filter = filter(1, 100);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        clients.submit(() -> pass(filter, "/resumes/pdf/", (request, response) -> {
            inside.countDown();
            await(release);
        }));
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        Map<String, Object> answer = pass(filter, "/accounts/login/", (request, response) -> {
            throw new AssertionError("let in past a full line");
        });
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        release.countDown();
        assertEquals(503, answer.get("status"));
        assertEquals(RequestAdmissionFilter.RETRY_AFTER_SECONDS, answer.get("Retry-After"));
        assertEquals(RequestGuardFilter.ERROR_PAGE, answer.get("forward"));
        assertEquals(Boolean.TRUE, answer.get(ErrorPageBacking.BUSY), "the page says busy, not database");
        assertTrue(waitedMillis < 2_000, "waited " + waitedMillis + " ms");
        assertEquals(1, shed.get());
    }

    @Test
    void staticResourcesSkipTheLine() throws Exception {
        RequestAdmissionFilter filter = filter(1, 50);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        clients.submit(() -> pass(filter, "/dashboard/", (request, response) -> {
            inside.countDown();
            await(release);
        }));
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        AtomicInteger served = new AtomicInteger();
        Map<String, Object> answer = pass(filter, "/jakarta.faces.resource/css/app.css.xhtml",
                (request, response) -> served.incrementAndGet());
        release.countDown();
        assertEquals(Map.of(), answer);
        assertEquals(1, served.get());
    }

    private RequestAdmissionFilter filter(int permits, long waitMillis) {
        RequestAdmissionFilter filter = new RequestAdmissionFilter(permits, waitMillis);
        Counter counter = (Counter) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("inc")) {
                        shed.incrementAndGet();
                    }
                    return null;
                });
        filter.metrics = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> method.getName().equals("counter")
                        ? counter : null);
        return filter;
    }

    /** Sends one request through the filter; what the filter answered itself, empty when it let it through. */
    private static Map<String, Object> pass(RequestAdmissionFilter filter, String path, FilterChain chain) {
        Map<String, Object> answer = new ConcurrentHashMap<>();
        Map<String, Object> attributes = new ConcurrentHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                RequestAdmissionFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    case "setAttribute" -> {
                        attributes.put((String) args[0], args[1]);
                        if (args[0].equals(ErrorPageBacking.BUSY)) {
                            answer.put(ErrorPageBacking.BUSY, args[1]);
                        }
                        yield null;
                    }
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getRequestDispatcher" -> (RequestDispatcher) Proxy.newProxyInstance(
                            RequestAdmissionFilterTest.class.getClassLoader(), new Class<?>[] {RequestDispatcher.class},
                            (p, m, a) -> {
                                answer.put("forward", args[0]);
                                return null;
                            });
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                RequestAdmissionFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        default -> {
                            // nothing else matters here
                        }
                    }
                    return null;
                });
        try {
            filter.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return answer;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
