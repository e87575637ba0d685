/** The driver that runs the stages over one input and assembles the immutable Report, with everything skipped listed as diagnostics. Not part of the API. */
package io.github.govreport.internal.assemble;
