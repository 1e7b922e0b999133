package com.airesume.accounts.boundary;

/**
 * What the reset pages may show of the reset in progress in this browser.
 *
 * @param email the address as the person typed it
 * @param triesLeft wrong codes still allowed
 * @param verified whether the code was right, so a new password may be set
 * @param firstName the account's first name, for the password policy (empty when there is no account)
 * @param lastName the account's last name, likewise
 */
public record PendingReset(String email, int triesLeft, boolean verified, String firstName, String lastName) {
}
