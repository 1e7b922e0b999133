package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter's decision between the calm 503 and the ordinary 500, on stand-in servlet objects. */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter();
    private final Map<String, Object> sent = new HashMap<>();
    private boolean committed;

    @Test
    void unreachableDatabaseBecomes503WithRetryAfter() throws Exception {
        filter.doFilter(request(), response(), failingWith(new ServletException(
                new RuntimeException(new SQLTransientConnectionException("Connection refused", "08001")))));
        assertEquals(503, sent.get("sendError"));
        assertEquals(DatabaseOutageFilter.RETRY_AFTER_SECONDS, sent.get("Retry-After"));
    }

    @Test
    void otherFailuresGoOnToTheContainersErrorPage() {
        ServletException failure = new ServletException(new SQLException("duplicate key", "23505"));
        ServletException thrown = assertThrows(ServletException.class,
                () -> filter.doFilter(request(), response(), failingWith(failure)));
        assertSame(failure, thrown);
        assertNull(sent.get("sendError"));
    }

    @Test
    void aResponseAlreadyUnderWayIsNotRewritten() {
        committed = true;
        assertThrows(ServletException.class, () -> filter.doFilter(request(), response(),
                failingWith(new ServletException(new SQLException("gone", "08006")))));
        assertNull(sent.get("sendError"));
    }

    private static FilterChain failingWith(ServletException failure) {
        return (request, response) -> {
            throw failure;
        };
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(DatabaseOutageFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> "/dashboard/";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(DatabaseOutageFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isCommitted":
                            return committed;
                        case "setHeader":
                            sent.put((String) args[0], args[1]);
                            return null;
                        case "sendError":
                            sent.put("sendError", args[0]);
                            return null;
                        default:
                            return null;
                    }
                });
    }
}
