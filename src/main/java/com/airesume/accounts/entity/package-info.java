/** The account tables: users, remember-me tokens, login throttles. Entities guard their own invariants. */
package com.airesume.accounts.entity;
