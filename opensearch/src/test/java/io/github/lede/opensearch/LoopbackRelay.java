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
 * relay, the relay to the node, and a test can drop every connection at once (a reset network) or cut the
 * line for good (the cluster gone). Bytes pass untouched.
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
        pump(in, out);
        pump(out, in);
      } catch (IOException e) {
        // closed by cut(), or the node refused: the client sees its connection fail either way
      }
    }
  }

  private void pump(Socket from, Socket to) {
    threads.execute(() -> {
      try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
        i.transferTo(o);
      } catch (IOException e) {
        // a dropped connection ends both directions
      } finally {
        close(from);
        close(to);
      }
    });
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
