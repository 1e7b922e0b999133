/**
 * Resumes: the content (a JSON Resume 1.2.1 document), its design and layout, the editor with a live preview,
 * and export as PDF and JSON.
 */
package com.airesume.resumes;
