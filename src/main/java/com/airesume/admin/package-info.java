/**
 * The operators' console at {@code /admin/}: what the application does (overview), who its users are (search and
 * paging at any size), what happened to them (the audit log), the mail it still owes (the outbox, with retry and
 * discard) and what it runs on (version, migrations, boot report), without a shell on the server. Only the ADMIN
 * role sees it; anyone else gets the same 404 as for a page that does not exist.
 */
package com.airesume.admin;
