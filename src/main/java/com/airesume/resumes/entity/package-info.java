/** A resume's content as immutable values, section by section as in JSON Resume 1.2.1. */
package com.airesume.resumes.entity;
