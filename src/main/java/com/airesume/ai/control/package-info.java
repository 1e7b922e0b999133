/**
 * The engines in plain Java: the built-in one's rules and word lists (writing advice, spelling, grammar, tone,
 * summaries, bullet ideas, keyword matching and tailoring), the client of an OpenAI-compatible server and its
 * prompts, and the requests and results both engines share.
 */
package com.airesume.ai.control;
