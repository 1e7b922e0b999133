package com.airesume.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/accounts/profile/", "/resumes/42/edit/?tab=work", "/"})
    void pathsOnThisSiteAreKept(String path) {
        assertEquals(Optional.of(path), LocalPaths.safe(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example",
        "javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "/a\\b", ""})
    void anythingThatLeavesTheSiteIsRefused(String path) {
        assertTrue(LocalPaths.safe(path).isEmpty(), path);
    }
}
