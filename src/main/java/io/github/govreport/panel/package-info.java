/**
 * A panel of reports: many regions' reports of many years in one tidy dataset, each year's targets beside the
 * results the next year's report states, with a verdict. {@link io.github.govreport.panel.Panel} is the front
 * door; {@link io.github.govreport.model.Region} places a report by region. Every type here is immutable and
 * thread-safe.
 */
@io.github.govreport.internal.ValueStyle
package io.github.govreport.panel;
