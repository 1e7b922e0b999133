/** What the rest of the application asks of resumes; every call names the owner, and another's resume is not found. */
package com.airesume.resumes.boundary;
