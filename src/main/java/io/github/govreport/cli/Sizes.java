package io.github.govreport.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Sizes in bytes as the command line reads and writes them: 1048576, 512K, 256M, 2G. */
final class Sizes implements CommandLine.ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("B")) {
      v = v.substring(0, v.length() - 1);
    }
    if (v.endsWith("K")) {
      unit = 1L << 10;
    } else if (v.endsWith("M")) {
      unit = 1L << 20;
    } else if (v.endsWith("G")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      v = v.substring(0, v.length() - 1);
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size (bytes, or a number with K, M or G)");
    }
    if (n <= 0 || n > Long.MAX_VALUE / unit) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size between 1 byte and 8 EiB");
    }
    return n * unit;
  }

  /** A size for a person: 3.0 GB, 256 MB, 12 KB, 900 bytes (powers of 1024). */
  static String format(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.0f KB", bytes / (double) (1L << 10));
    }
    return bytes + " bytes";
  }
}
