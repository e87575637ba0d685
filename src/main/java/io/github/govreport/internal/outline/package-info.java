/** The outline of a report: its paragraphs, headings and list labels, the title, region and years, the speech told from the matter before and after it, and the section tree. Not part of the API. */
package io.github.govreport.internal.outline;
