/**
 * The accounts boundary: the services other layers call, Jakarta Security's mechanism and identity stores, and
 * the Faces backing beans of the account pages.
 */
package com.airesume.accounts.boundary;
