/**
 * The parser's machinery: normalise, outline, segment, scan figures, read clauses, assemble. Not part of
 * the API; reach it through {@link io.github.govreport.ReportParser}.
 */
package io.github.govreport.internal.parse;
