/**
 * Configuration: the environment of DESIGN.md read once at boot into one typed, validated {@link
 * com.airesume.platform.config.Settings} object, and the boot report that describes it.
 *
 * <p>The parsing classes are plain Java over an {@link com.airesume.platform.config.Environment}, so
 * every rule is unit-tested without a container; {@link com.airesume.platform.config.SettingsProducer}
 * is the only place that reads MicroProfile Config.
 */
package com.airesume.platform.config;
