package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HostPolicyTest {

    private final HostPolicy policy = new HostPolicy(List.of("resumes.example.com", ".example.org", "[::1]"));

    @ParameterizedTest
    @ValueSource(strings = {"resumes.example.com", "RESUMES.example.COM", "resumes.example.com:8443",
        "example.org", "cv.example.org", "a.b.example.org:80", "[::1]", "[::1]:8080"})
    void allowedHostsAreServed(String host) {
        assertTrue(policy.allows(host), host);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.com", "resumes.example.com.evil.com", "badexample.org", "a b",
        "resumes.example.com:abc", "evil.com@resumes.example.com", "resumes.example.com:8080@evil.com", "[::1",
        "[::2]:80", "resumes.example.com:123456"})
    void everythingElseIsRefused(String host) {
        assertFalse(policy.allows(host), host);
    }

    @Test
    void wildcardServesAnyWellFormedHost() {
        HostPolicy any = new HostPolicy(List.of("*"));
        assertTrue(any.allows("anything.example"));
        assertFalse(any.allows("not a host"));
    }

    @Test
    void hostNameDropsThePort() {
        assertEquals(Optional.of("localhost"), HostPolicy.hostName("LocalHost:8080"));
        assertEquals(Optional.of("[::1]"), HostPolicy.hostName("[::1]:8080"));
    }
}
