/**
 * The library's public JSON form of the model, read and written by
 * {@link io.github.govreport.json.ReportJson}.
 */
package io.github.govreport.json;
