package io.github.govreport.cli;

import io.github.govreport.internal.text.Decoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a report's text from other text files a folder holds (a README, a SOURCES.md), by their content. */
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
    String text = Decoding.decode(head, charset, GovReportCli::detectLegacy).text;
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
}
