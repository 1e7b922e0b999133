/**
 * Reading and writing JSON Resume 1.2.1: a reader that names every problem of an imported file by its JSON
 * pointer, a writer whose output the reader takes back unchanged, and the schema's partial dates.
 */
package com.airesume.resumes.control;
