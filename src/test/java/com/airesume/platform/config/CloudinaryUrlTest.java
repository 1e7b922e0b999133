package com.airesume.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudinaryUrlTest {

    @Test
    void keySecretAndCloudAreSplit() {
        CloudinaryUrl url = CloudinaryUrl.parse("cloudinary://123456:abc-DEF_ghi@my-cloud");
        assertEquals("123456", url.apiKey());
        assertEquals("abc-DEF_ghi", url.apiSecret().reveal());
        assertEquals("my-cloud", url.cloudName());
        assertEquals("********", url.apiSecret().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://123:abc@cloud", "cloudinary://123@cloud", "cloudinary://:abc@cloud",
        "cloudinary://123:abc@", "cloudinary://123:@cloud"})
    void otherFormsAreRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> CloudinaryUrl.parse(value));
    }
}
