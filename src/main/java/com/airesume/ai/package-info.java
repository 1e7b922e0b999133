/**
 * AI help with resumes: improve a line, fix spelling and grammar, change tone, write a summary, suggest bullets,
 * and tailor a resume to a job posting with a keyword-match score. The built-in offline engine answers unless an
 * OpenAI-compatible server is configured; then that server answers, and the built-in engine stands in whenever
 * it fails. Every answer is a suggestion the person accepts, edits or discards.
 */
package com.airesume.ai;
