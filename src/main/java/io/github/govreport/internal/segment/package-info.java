/** The sentences and clauses of the speech, found once and read by every stage after. Not part of the API. */
package io.github.govreport.internal.segment;
