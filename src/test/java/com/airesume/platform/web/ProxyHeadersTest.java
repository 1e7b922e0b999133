package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProxyHeadersTest {

    @Test
    void withoutTrustedProxiesTheConnectionDecides() {
        ProxyHeaders none = new ProxyHeaders(0);
        assertEquals("http", none.scheme("https", "http"));
        assertEquals("10.0.0.9", none.clientAddress("203.0.113.7", "10.0.0.9"));
    }

    @Test
    void oneProxyIsBelievedForTheEntryItAdded() {
        ProxyHeaders one = new ProxyHeaders(1);
        assertEquals("https", one.scheme("https", "http"));
        assertEquals("https", one.scheme("HTTPS", "http"));
        assertEquals("203.0.113.7", one.clientAddress("198.51.100.1, 203.0.113.7", "10.0.0.9"));
        assertEquals("http", one.scheme("https, http", "https"));
    }

    @Test
    void twoProxiesTakeTheSecondEntryFromTheRight() {
        ProxyHeaders two = new ProxyHeaders(2);
        assertEquals("203.0.113.7", two.clientAddress("6.6.6.6, 203.0.113.7, 10.1.1.1", "10.0.0.9"));
        assertEquals("203.0.113.7", two.clientAddress("203.0.113.7", "10.0.0.9"));
    }

    @Test
    void nonsenseFallsBackToTheConnection() {
        ProxyHeaders one = new ProxyHeaders(1);
        assertEquals("http", one.scheme("gopher", "http"));
        assertEquals("10.0.0.9", one.clientAddress("<script>", "10.0.0.9"));
        assertEquals("10.0.0.9", one.clientAddress(" , ", "10.0.0.9"));
        assertEquals("2001:db8::1", one.clientAddress("2001:db8::1", "10.0.0.9"));
    }
}
