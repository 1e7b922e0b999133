package com.airesume.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private final OriginPolicy policy = new OriginPolicy(List.of("https://admin.example.net"),
            new HostPolicy(List.of("resumes.example.com", "localhost")));

    @Test
    void safeMethodsAreNeverRefused() {
        assertTrue(policy.allows("GET", "https://evil.com", "cross-site", "https", "resumes.example.com"));
        assertTrue(policy.allows("HEAD", "https://evil.com", "cross-site", "https", "resumes.example.com"));
    }

    @Test
    void sameOriginPostsPass() {
        assertTrue(policy.allows("POST", "https://resumes.example.com", "same-origin", "https", "resumes.example.com"));
        assertTrue(policy.allows("POST", "https://resumes.example.com:443", null, "https", "resumes.example.com"));
        assertTrue(policy.allows("POST", "http://localhost:8080", null, "http", "localhost:8080"));
    }

    @Test
    void crossSitePostsAreRefused() {
        assertFalse(policy.allows("POST", null, "cross-site", "https", "resumes.example.com"));
        assertFalse(policy.allows("POST", "https://evil.com", null, "https", "resumes.example.com"));
        assertFalse(policy.allows("POST", "null", null, "https", "resumes.example.com"));
        assertFalse(policy.allows("DELETE", "https://evil.com", "same-site", "https", "resumes.example.com"));
    }

    @Test
    void schemeAndPortAreCompared() {
        assertFalse(policy.allows("POST", "http://resumes.example.com", null, "https", "resumes.example.com"));
        assertFalse(policy.allows("POST", "http://localhost:9999", null, "http", "localhost:8080"));
    }

    @Test
    void trustedOriginsPassFromElsewhere() {
        assertTrue(policy.allows("POST", "https://admin.example.net", "same-site",
                "https", "resumes.example.com"));
    }

    @Test
    void clientsThatSayNothingAreLeftToTheViewState() {
        assertTrue(policy.allows("POST", null, null, "https", "resumes.example.com"));
    }

    @Test
    void originsAreNormalized() {
        assertEquals("https://a.example.com", OriginPolicy.normalize("HTTPS://A.Example.com:443"));
        assertEquals("http://a.example.com:8080", OriginPolicy.normalize("http://a.example.com:8080"));
        assertNull(OriginPolicy.normalize("null"));
        assertNull(OriginPolicy.normalize("not an origin"));
    }
}
