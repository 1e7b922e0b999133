/**
 * The operators' console at {@code /admin/}: what the application does (overview), who its users are (search and
 * paging at any size) and what happened to them (the audit log), without a shell on the server. Only the ADMIN
 * role sees it; anyone else gets the same 404 as for a page that does not exist.
 */
package com.airesume.admin;
