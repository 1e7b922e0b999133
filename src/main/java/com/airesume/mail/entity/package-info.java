/** The outbox row: one mail, its sealed body, and where its delivery stands. */
package com.airesume.mail.entity;
