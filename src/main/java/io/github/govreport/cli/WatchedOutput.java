package io.github.govreport.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output as the command line writes it: the first failure to write (a full disk, a closed pipe) is kept,
 * so that the command can say it in one line and exit 1, even where a {@link java.io.PrintWriter} swallowed it.
 */
final class WatchedOutput extends FilterOutputStream {

  private IOException failure;

  WatchedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw keep(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw keep(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw keep(e);
    }
  }

  private IOException keep(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Whether a write has failed. */
  boolean failed() {
    return failure != null;
  }

  /** The first failure in one plain sentence: "cannot write the output: no space left on device". */
  String failureMessage() {
    return message(failure);
  }

  /** A failure to write in one plain sentence, without an exception's class name. */
  static String message(IOException e) {
    String reason = e == null || e.getMessage() == null ? "the output was closed" : e.getMessage();
    if (!reason.isEmpty() && Character.isUpperCase(reason.charAt(0)) && (reason.length() == 1
        || Character.isLowerCase(reason.charAt(1)))) {
      reason = reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    return "cannot write the output: " + reason;
  }
}
