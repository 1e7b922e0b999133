/**
 * Boot: check the settings, write the boot report, migrate the database, and end the process with one clear
 * line when any of that fails, before a single request is served.
 */
package com.airesume.platform.boot;
