/**
 * Computations over the model: growth rates, levels and compounding ({@link io.github.govreport.compute.Growth}),
 * whether targets were met ({@link io.github.govreport.compute.Attainment}) and how targets changed from one
 * year to the next ({@link io.github.govreport.compute.TargetChanges}). Pure functions over exact decimals;
 * every type here is immutable and thread-safe.
 */
@io.github.govreport.internal.ValueStyle
package io.github.govreport.compute;
