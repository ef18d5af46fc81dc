package cn.gov.sixian.reception.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Follows the links a logged-in user's pages offer, breadth first and bounded: from the Welcome
 * page into every webapp it links to, one page per kind of route (a process instance stands for
 * all instances, a user for all users), at most {@link #PER_APP} routes per webapp, never
 * clicking anything. On every page it notes the application's failed requests, the texts shown
 * without a Chinese character, and the error messages displayed.
 */
final class Crawler {

  static final int PER_APP = 24;
  private static final long SETTLED_MS = 700;
  private static final long MIN_MS = 1_000;
  private static final long MAX_MS = 10_000;
  // the application's one engine; the test JVM also runs the plain-engine tests' engine, which
  // the webapps offer in an engine selector that production never shows
  private static final Pattern APP = Pattern.compile("^/camunda/app/([a-z]+)/default/");

  /** What one page showed wrong. */
  record Finding(String page, String kind, String detail) {
    @Override
    public String toString() {
      return kind + " on " + page + ": " + detail;
    }
  }

  private final Browser browser;
  private final NetworkLog network;
  private final ChineseText texts;
  final List<Finding> findings = new ArrayList<>();
  final List<String> visited = new ArrayList<>();
  int requests;

  Crawler(Browser browser, ChineseText texts) {
    this.browser = browser;
    this.network = new NetworkLog(browser.driver, browser.base());
    this.texts = texts;
  }

  /** Logs in on the Welcome page (the login page's own requests are checked too). */
  void login(String user) {
    network.drain();
    browser.login("welcome", user);
    settle("login");
  }

  void crawl(String start) {
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> kinds = new HashSet<>();
    Map<String, Integer> perApp = new HashMap<>();
    while (!queue.isEmpty()) {
      String url = queue.poll();
      String app = appOf(url);
      if (app == null || !kinds.add(kindOf(url)) || perApp.merge(app, 1, Integer::sum) > PER_APP) {
        continue;
      }
      browser.driver.get(url);
      String page = url.substring(browser.base().length());
      visited.add(page);
      settle(page);
      queue.addAll(links());
    }
  }

  /** Waits until the page has made no request for a while, checking what it made. */
  private void settle(String page) {
    long start = System.currentTimeMillis();
    long lastActivity = start;
    while (true) {
      pause();
      long now = System.currentTimeMillis();
      List<NetworkLog.Exchange> exchanges = network.drain();
      if (!exchanges.isEmpty()) {
        lastActivity = now;
      }
      requests += exchanges.size();
      exchanges.stream().filter(NetworkLog.Exchange::failed).filter(e -> !texts.expectedFailure(page, e))
          .forEach(e -> findings.add(new Finding(page, "failed request", e.toString())));
      boolean quiet = now - lastActivity >= SETTLED_MS && now - start >= MIN_MS;
      if (quiet || now - start >= MAX_MS) {
        break;
      }
    }
    for (String text : visibleTexts()) {
      if (!texts.allowed(page, text)) {
        findings.add(new Finding(page, "text without Chinese", text));
      }
    }
    for (String error : shownErrors()) {
      findings.add(new Finding(page, "error shown", error));
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> links() {
    // offered: shown, or an entry of a closed drop-down menu that is not itself hidden
    List<String> hrefs = (List<String>) js("""
        const hidden = el => getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden';
        const offered = a => {
          if (a.getClientRects().length > 0) return true;
          const menu = a.closest('.dropdown-menu');
          if (!menu || !menu.parentElement || menu.parentElement.getClientRects().length === 0) return false;
          for (let el = a; el !== menu; el = el.parentElement) if (hidden(el)) return false;
          return true;
        };
        return Array.from(document.querySelectorAll('a[href]')).filter(offered)
            .map(a => a.href).filter(h => h.startsWith(location.origin));""");
    List<String> follow = new ArrayList<>();
    for (String href : hrefs) {
      String path = href.substring(browser.base().length());
      // signing out ends the crawl; files (CSV, PDF) are not pages
      if (!path.contains("logout") && appOf(href) != null) {
        follow.add(href);
      }
    }
    return follow;
  }

  /** Every visible text node and placeholder, trimmed, once. */
  @SuppressWarnings("unchecked")
  private Set<String> visibleTexts() {
    return new LinkedHashSet<>((List<String>) js("""
        const out = [];
        // text set in font size 0 is out of sight (user-styles.css shows Chinese in its place)
        const shown = el => el && el.getClientRects().length > 0
            && getComputedStyle(el).visibility !== 'hidden' && parseFloat(getComputedStyle(el).fontSize) > 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n.nodeValue.replace(/\\s+/g, ' ').trim();
          const p = n.parentElement;
          if (t && p && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(p.tagName) && shown(p)) out.push(t);
        }
        document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(i => {
          if (shown(i) && i.placeholder.trim()) out.push(i.placeholder.trim());
        });
        return out;"""));
  }

  @SuppressWarnings("unchecked")
  private List<String> shownErrors() {
    // the webapps' notifications (a page's fixed warnings, e.g. before deleting a user, are not)
    return (List<String>) js("return Array.from(document.querySelectorAll("
        + "'[notifications-panel] .alert-danger, [notifications-panel] .alert-error'))"
        + ".filter(e => e.getClientRects().length > 0).map(e => e.innerText.replace(/\\s+/g, ' ').trim())"
        + ".filter(t => t);");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser.driver).executeScript(script);
  }

  private String appOf(String url) {
    Matcher app = APP.matcher(URI.create(url).getPath());
    return app.find() ? app.group(1) : null;
  }

  /**
   * The kind of a route: the app, the route's first word and the words that name a view, the
   * names of its parameters and the values of those that choose a view (tab, filter).
   */
  static String kindOf(String url) {
    URI uri = URI.create(url);
    String fragment = uri.getRawFragment() == null ? "" : uri.getRawFragment();
    String route = fragment.replaceFirst("^!?/?", "");
    String[] pathAndQuery = route.split("\\?", 2);
    String[] segments = pathAndQuery[0].split("/");
    StringBuilder kind = new StringBuilder(uri.getPath()).append('#');
    for (int i = 0; i < segments.length; i++) {
      boolean view = i == 0 || segments[i].matches("runtime|history|edit|new|create");
      kind.append(view ? segments[i] : "*").append('/');
    }
    Map<String, String> parameters = new TreeMap<>();
    if (pathAndQuery.length > 1) {
      for (String pair : pathAndQuery[1].split("&")) {
        String[] kv = pair.split("=", 2);
        boolean choosesView = kv[0].matches("tab|section|filter|detailsTab");
        parameters.put(kv[0], choosesView && kv.length > 1 ? kv[1] : "*");
      }
    }
    return kind.append(parameters).toString();
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
