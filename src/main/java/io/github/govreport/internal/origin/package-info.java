/**
 * Who gave the report and when: its region, resolved against the table of divisions at every level, and the
 * year it reviews and the year it plans, each from the report's own words first (title, byline, signature,
 * dateline, part headings), then from what it says of itself, a collector's header last. Not part of the API.
 */
package io.github.govreport.internal.origin;
