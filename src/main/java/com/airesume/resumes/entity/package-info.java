/**
 * A resume: its content as immutable values, section by section as in JSON Resume 1.2.1; its design (template,
 * accent, type size, paper); its sections' order, titles and visibility; and the stored resume that holds them.
 */
package com.airesume.resumes.entity;
