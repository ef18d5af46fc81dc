package cn.gov.sixian.reception.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed copies of the shipped font, kept between documents. A parsed font serves one document
 * at a time (fontbox does not promise more), so documents rendered at the same moment parse
 * their own; at most {@code capacity} are kept afterwards, each up to 30 MB of the heap.
 */
final class ParsedFontPool {

  private final String fontResource;
  /** Read on the first document, not at start (4.6 MB). */
  private volatile byte[] font;
  /** Bounded: offering to a full queue fails atomically, so never more than capacity are kept. */
  private final BlockingQueue<TrueTypeFont> idle;

  ParsedFontPool(String fontResource, int capacity) {
    if (ParsedFontPool.class.getResource(fontResource) == null) {
      throw new IllegalStateException("Font missing from the application: " + fontResource);
    }
    this.fontResource = fontResource;
    this.idle = new ArrayBlockingQueue<>(capacity);
  }

  /** A kept font, or a freshly parsed one. */
  TrueTypeFont take() throws IOException {
    TrueTypeFont kept = idle.poll();
    return kept != null ? kept : new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
  }

  /**
   * Kept for the next document, unless its document failed half-way (its state is unknown) or
   * enough are kept. Checking the size first, then adding, let documents finishing together all
   * keep theirs.
   */
  void giveBack(TrueTypeFont parsed, boolean reusable) {
    if (parsed == null || (reusable && idle.offer(parsed))) {
      return;
    }
    try {
      parsed.close();
    } catch (IOException ignored) {
      // an in-memory font: nothing to release
    }
  }

  int idle() {
    return idle.size();
  }

  private byte[] bytes() {
    byte[] read = font;
    if (read == null) {
      synchronized (this) {
        if (font == null) {
          font = readFont();
        }
        read = font;
      }
    }
    return read;
  }

  private byte[] readFont() {
    try (InputStream in = ParsedFontPool.class.getResourceAsStream(fontResource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + fontResource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
