/** Plain rules of mail: retry timing, sealing bodies at rest, the look of a mail. Tested without a container. */
package com.airesume.mail.control;
