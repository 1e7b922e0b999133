/**
 * Account rules in plain Java, tested without a container: the password policy, username derivation, the
 * brute-force schedule, and the parameters of stored password hashes.
 */
package com.airesume.accounts.control;
