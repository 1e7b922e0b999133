/**
 * MicroProfile Health checks, served by Payara at {@code /health}, {@code /health/live} and
 * {@code /health/ready}.
 */
package com.airesume.platform.health;
