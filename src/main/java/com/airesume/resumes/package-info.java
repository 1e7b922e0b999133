/**
 * Resumes: the content (a JSON Resume 1.2.1 document), its reading and writing, and, as the feature grows, the
 * editor, templates and PDF export.
 */
package com.airesume.resumes;
