/**
 * The domain model of a government work report: a {@link io.github.govreport.model.Report} with its
 * {@link io.github.govreport.model.Section sections}, {@link io.github.govreport.model.Target targets},
 * {@link io.github.govreport.model.Actual actuals}, {@link io.github.govreport.model.Program programmes},
 * {@link io.github.govreport.model.Project projects} and {@link io.github.govreport.model.Diagnostic
 * diagnostics}, and the exact {@link io.github.govreport.model.Quantity quantities} and
 * {@link io.github.govreport.model.Unit units} they are stated in.
 *
 * <p>Every type here is immutable and thread-safe. Values are built with {@code X.of(...)} or
 * {@code X.builder()}; the implementation classes are generated and package-private. Every extracted item
 * carries the {@link io.github.govreport.model.SourceSpan span} of the text it was read from.
 */
@io.github.govreport.internal.ValueStyle
package io.github.govreport.model;
