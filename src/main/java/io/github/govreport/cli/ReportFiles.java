package io.github.govreport.cli;

import io.github.govreport.internal.text.Decoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads report files: bounded in size, binary data refused, decoded with a detected charset; and tells a report's
 * text from other text files a folder holds (a README, a SOURCES.md), by their content.
 */
final class ReportFiles {

  private ReportFiles() {}

  /** How much of a file is read to tell: its start. */
  private static final int SAMPLE = 64 * 1024;
  /** A report is Chinese text: at least this share of its characters, white space and markup aside, are ideographs. */
  private static final double MIN_IDEOGRAPHS = 0.5;

  /**
   * Whether the start of {@code file} reads as a report: at least half of its characters, white space and HTML tags
   * aside, are Chinese ideographs. A file that cannot be read is kept, for the panel to say why.
   */
  static boolean looksLikeAReport(Path file, Charset charset) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SAMPLE);
    } catch (IOException | SecurityException e) {
      return true;
    }
    String text = Decoding.decode(head, charset, ReportFiles::detectLegacy).text;
    long ideographs = 0;
    long counted = 0;
    boolean inTag = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>' && inTag) {
        inTag = false;
      } else if (!inTag && !Character.isWhitespace(c)) {
        counted++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          ideographs++;
        }
      }
    }
    return counted == 0 || ideographs >= MIN_IDEOGRAPHS * counted;
  }

  /** The first bytes read: enough to tell text from binary data before the rest is read. */
  private static final int FIRST_CHUNK = 1 << 16;

  /** Reads and decodes an input file, or standard input for "-", refusing more than {@code maxBytes}. */
  static Decoding.Result read(String name, Charset charset, long maxBytes) {
    try {
      if (name.equals("-")) {
        if (standardInputIsClosed()) {
          throw new GovReportCli.InputException("-: standard input is closed");
        }
        return readBounded(name, System.in, charset, maxBytes, -1);
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        throw new GovReportCli.InputException(name + ": is a directory, not a report file");
      }
      if (Files.isRegularFile(p) && Files.size(p) > maxBytes) {
        throw new GovReportCli.InputException(name + ": is " + Sizes.format(Files.size(p)) + ", more than the limit of "
            + Sizes.format(maxBytes) + " (raise it with --max-size)");
      }
      try (InputStream in = Files.newInputStream(p)) {
        return readBounded(name, in, charset, maxBytes, Files.isRegularFile(p) ? Files.size(p) : -1);
      }
    } catch (NoSuchFileException e) {
      throw new GovReportCli.InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new GovReportCli.InputException(name + ": permission denied");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new GovReportCli.InputException(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Reads at most {@code maxBytes} of a stream: the first chunk is decoded and looked at before the rest is
   * read, so binary data and endless streams ({@code /dev/zero}) are refused within milliseconds.
   */
  private static Decoding.Result readBounded(String name, InputStream in, Charset charset, long maxBytes,
      long size) throws IOException {
    // The first bytes tell binary data from text whatever the limit: a limit near Long.MAX_VALUE must not overflow.
    byte[] first = in.readNBytes((int) Math.min(FIRST_CHUNK, maxBytes < Long.MAX_VALUE ? maxBytes + 1 : maxBytes));
    if (first.length > 0 && Decoding.looksBinary(Decoding.decode(first, charset, ReportFiles::detectLegacy).text)) {
      throw new GovReportCli.InputException(name + ": is binary data, not text");
    }
    byte[] bytes;
    if (size >= 0 && size <= maxBytes) {
      // A file of known size is read into an array of that size: no copy, no doubling.
      bytes = java.util.Arrays.copyOf(first, (int) Math.max(size, first.length));
      int at = first.length;
      int n;
      while (at < bytes.length && (n = in.read(bytes, at, bytes.length - at)) > 0) {
        at += n;
      }
      bytes = at == bytes.length && in.read() < 0 ? bytes : null;
    } else {
      bytes = null;
    }
    if (bytes == null) {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(Math.max(first.length, 1 << 12));
      all.write(first);
      byte[] buffer = new byte[1 << 16];
      int n;
      while (all.size() <= maxBytes && (n = in.read(buffer)) > 0) {
        all.write(buffer, 0, n);
      }
      if (all.size() > maxBytes) {
        throw new GovReportCli.InputException(name + ": is more than the limit of " + Sizes.format(maxBytes)
            + " (raise it with --max-size)");
      }
      bytes = all.toByteArray();
    }
    Decoding.Result decoded = Decoding.decode(bytes, charset, ReportFiles::detectLegacy);
    if (Decoding.looksBinary(decoded.text)) {
      throw new GovReportCli.InputException(name + ": is binary data, not text");
    }
    return decoded;
  }

  /**
   * The charset a detector of legacy encodings names for bytes that are neither marked nor UTF-8: GB18030 for
   * GB2312, GBK and GB18030 (it reads them all), Big5 for Big5; null when it cannot tell.
   */
  static Charset detectLegacy(byte[] bytes) {
    org.mozilla.universalchardet.UniversalDetector d = new org.mozilla.universalchardet.UniversalDetector();
    d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    d.dataEnd();
    String name = d.getDetectedCharset();
    if (name == null) {
      return null;
    }
    switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "GB2312":
      case "GBK":
      case "GB18030":
      case "HZ-GB-2312":
        return Charset.forName("GB18030");
      case "BIG5":
      case "BIG5-HKSCS":
        return Charset.forName("Big5-HKSCS");
      default:
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
          return null;
        }
    }
  }

  /**
   * Whether standard input is closed: the JVM then gives descriptor 0 to a file of its own (on Linux, its
   * modules or a jar), which must not be read as a report.
   */
  static boolean standardInputIsClosed() {
    Path fd0 = Path.of("/proc/self/fd/0");
    try {
      if (!Files.isSymbolicLink(fd0)) {
        return false;
      }
      String target = Files.readSymbolicLink(fd0).toString();
      String home = System.getProperty("java.home", "\0");
      return target.startsWith(home) || target.endsWith(".jar") || target.endsWith(".jsa");
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
  }
}
