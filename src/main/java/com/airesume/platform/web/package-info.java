/**
 * The web platform around every page: the request guard (allowed hosts, cross-site POSTs, body size, trusted
 * proxy headers), security headers, the calm 503 for a database outage, the session policy and the error
 * pages. The rules are plain classes ({@link com.airesume.platform.web.HostPolicy},
 * {@link com.airesume.platform.web.OriginPolicy}, {@link com.airesume.platform.web.ProxyHeaders},
 * {@link com.airesume.platform.web.DatabaseOutage}); the filters only apply them.
 */
package com.airesume.platform.web;
