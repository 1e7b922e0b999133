/**
 * The assistant as the pages use it: {@link com.airesume.ai.boundary.AiJobs} runs each request off the request
 * thread, rate-limited per person, and {@link com.airesume.ai.boundary.Assistant} chooses the engine.
 */
package com.airesume.ai.boundary;
