package io.github.lede.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on 127.0.0.1 in front of a real cluster node, for the network's faults: lede talks to the
 * relay, the relay to the node, and a test can drop every connection at once (a reset network), lose the
 * answers to bulk requests the node has done, or cut the line for good (the cluster gone). Bytes pass untouched.
 */
final class LoopbackRelay implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "relay");
    t.setDaemon(true);
    return t;
  });

  /** A relay to the node listening on {@code targetPort} of 127.0.0.1. */
  LoopbackRelay(int targetPort) throws IOException {
    this.target = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The relay's base URL, {@code http://127.0.0.1:PORT}. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket in = server.accept();
        Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(in);
        open.add(out);
        java.util.concurrent.atomic.AtomicBoolean bulk = new java.util.concurrent.atomic.AtomicBoolean();
        requests(in, out, bulk);
        replies(out, in, bulk);
      } catch (IOException e) {
        // closed by cut(), or the node refused: the client sees its connection fail either way
      }
    }
  }

  /** Client to node: notes whether the request under way is a bulk request. */
  private void requests(Socket from, Socket to, java.util.concurrent.atomic.AtomicBoolean bulk) {
    threads.execute(() -> {
      try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = i.read(buf)) > 0; ) {
          String start = new String(buf, 0, Math.min(n, 12), java.nio.charset.StandardCharsets.US_ASCII);
          if (start.startsWith("POST /_bulk")) {
            bulk.set(true);
          } else if (start.matches("(GET|POST|PUT|DELETE|HEAD) .*")) {
            bulk.set(false);
          }
          o.write(buf, 0, n);
          o.flush();
        }
      } catch (IOException e) {
        // a dropped connection ends both directions
      } finally {
        close(from);
        close(to);
      }
    });
  }

  /** Node to client: a bulk reply to be lost drops the connection as it starts, the request done on the node. */
  private void replies(Socket from, Socket to, java.util.concurrent.atomic.AtomicBoolean bulk) {
    threads.execute(() -> {
      try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = i.read(buf)) > 0; ) {
          if (bulk.get() && loseBulkReplies.getAndUpdate(x -> Math.max(0, x - 1)) > 0) {
            lostBulkReplies.incrementAndGet();
            break;
          }
          o.write(buf, 0, n);
          o.flush();
        }
      } catch (IOException e) {
        // a dropped connection ends both directions
      } finally {
        close(from);
        close(to);
      }
    });
  }

  private final java.util.concurrent.atomic.AtomicInteger loseBulkReplies = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger lostBulkReplies = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * The next {@code n} answers to bulk requests never reach the client: the node has done the request, the
   * client sees its connection drop. What a node that dies between writing and answering does.
   */
  void loseBulkReplies(int n) {
    loseBulkReplies.addAndGet(n);
  }

  /** How many bulk answers were lost so far. */
  int lostBulkReplies() {
    return lostBulkReplies.get();
  }

  /** Resets every connection now open; new ones are relayed as before. */
  void dropConnections() {
    open.forEach(this::close);
  }

  /** Cuts the line for good: new connections are refused and every open one drops. */
  void cut() {
    try {
      server.close();
    } catch (IOException e) {
      // closing a listening socket does not fail in a way that matters here
    }
    dropConnections();
  }

  private void close(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public void close() {
    cut();
    threads.shutdownNow();
  }
}
