/** The console's pages and the filter that hides them from everyone but administrators. */
package com.airesume.admin.boundary;
