/** Which period each clause speaks of (the year reviewed, the year planned, several years, another year), and where the main targets passage is. Not part of the API. */
package io.github.govreport.internal.period;
