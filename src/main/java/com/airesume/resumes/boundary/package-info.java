/**
 * Resumes for people and for the rest of the application: the service (every call names the owner, and another's
 * resume is not found), the dashboard, editor, import and delete pages, and the preview and download servlets.
 */
package com.airesume.resumes.boundary;
