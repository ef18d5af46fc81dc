package cn.gov.sixian.reception.documents;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Prints an issued document: its stored XHTML to the PDF that is kept, with its SHA-256 and page
 * count (decision 0011). The issuing step only fills the template; the PDF is printed on a
 * thread of its own once the step has committed, or by whoever reads the document first, on any
 * node. The first to store it wins and every later reader gets those bytes.
 *
 * <p>The background thread is only a head start: a document it did not print (queue full, node
 * stopped, renderer failed) is printed when it is first read.
 */
@Component
class DocumentPrinter implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DocumentPrinter.class);

  /** Documents waiting for the background thread; more are printed when read. */
  static final int QUEUED = 200;

  private final PdfRenderer renderer;
  private final JdbcDocumentStore store;
  private final Executor background;

  @Autowired
  DocumentPrinter(PdfRenderer renderer, JdbcDocumentStore store) {
    this(renderer, store, new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUED), task -> {
          Thread thread = new Thread(task, "document-printer");
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.DiscardPolicy()));
  }

  DocumentPrinter(PdfRenderer renderer, JdbcDocumentStore store, Executor background) {
    this.renderer = renderer;
    this.store = store;
    this.background = background;
  }

  /**
   * Prints the document once the caller's transaction has committed (a rolled-back step leaves
   * nothing to print); at once when there is no transaction to wait for.
   */
  void printAfterCommit(String id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      printOrLeaveToTheReader(id);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        background.execute(() -> printOrLeaveToTheReader(id));
      }
    });
  }

  /** Prints the document if it is still waiting; nothing when it has been printed. */
  void print(String id) {
    store.waiting(id).ifPresent(w -> {
      byte[] pdf = renderer.render(w.xhtml(), w.title());
      if (!store.printed(id, pdf, CaseDocuments.sha256(pdf), pages(pdf))) {
        log.debug("Document {} of case {} was printed by another reader first", id, w.caseNumber());
      }
    });
  }

  private void printOrLeaveToTheReader(String id) {
    try {
      print(id);
    } catch (RuntimeException e) {
      // printed when it is first read; logged so that an administrator sees a failing renderer
      log.error("Document {} not printed after its step; it is printed when first read", id, e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new IllegalStateException("Rendered PDF cannot be read back", e);
    }
  }

  /** Lets the document in hand finish; the queued ones are printed when read. */
  @Override
  public void destroy() throws InterruptedException {
    if (background instanceof ThreadPoolExecutor own) {
      own.getQueue().clear();
      own.shutdown();
      own.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
