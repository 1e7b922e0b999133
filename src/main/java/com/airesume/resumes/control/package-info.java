/**
 * The rules of resumes, plain Java: reading and writing JSON Resume 1.2.1 (every problem named by its JSON
 * pointer), the editor's form and its checks, the document every template renders (one XHTML, one stylesheet per
 * design), the in-process PDF renderer, and download names.
 */
package com.airesume.resumes.control;
