/**
 * AI help with resumes: the built-in offline engine (writing advice, keyword matching against a job posting) and,
 * when configured, an OpenAI-compatible server. This first part holds the keyword matching.
 */
package com.airesume.ai;
