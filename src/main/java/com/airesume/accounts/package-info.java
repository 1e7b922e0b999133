/**
 * Accounts: sign up, log in by email or username with remember-me, log out, the profile, and the defences
 * around them (password policy, brute-force throttling). Other features see a user only through
 * {@link com.airesume.accounts.boundary.AccountService} and the caller principal.
 */
package com.airesume.accounts;
