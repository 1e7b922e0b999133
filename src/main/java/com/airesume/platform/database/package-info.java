/**
 * The database: the container-managed connection pool over {@code DATABASE_URL} (PostgreSQL) or the embedded
 * H2 file, and the Flyway migrations that must be applied before anything is served.
 */
package com.airesume.platform.database;
