/** The built-in engine's rules in plain Java: keyword extraction from a job posting and the match score. */
package com.airesume.ai.control;
