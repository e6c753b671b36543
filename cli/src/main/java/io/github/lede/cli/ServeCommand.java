package io.github.lede.cli;

import io.github.lede.Lede;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
    "Serve a search page and a JSON API over the index, read-only, until stopped (Ctrl-C).",
    "The API: /api/search, /api/quotes, /api/people, /api/sources, /api/timeline (the commands of those names,",
    "their options as parameters, q the query) and /api/articles/ID, answering what --json prints."})
final class ServeCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default 8080; 0: any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 serves every network).")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    InetSocketAddress address = new InetSocketAddress(address(), port);
    Lede lede = index.openReadOnly();
    WebServer server;
    try {
      server = WebServer.start(lede, address);
    } catch (IOException e) {
      lede.close();
      spec.commandLine().getErr().println("lede: cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + (port == 0 ? "" : " (--port chooses another port)"));
      return Main.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter err = spec.commandLine().getErr();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        lede.close();
        err.println("lede: stopped serving " + lede.location());
        err.flush();
      } finally {
        stopped.countDown();
      }
    }, "lede-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("lede: serving " + lede.location() + " at " + server.url()
        + (address.getAddress().isLoopbackAddress()
            ? " (this machine only; --host 0.0.0.0 serves other machines too)"
            : " (reachable from other machines: the page and the API are read-only and ask for no login)"));
    out.println("lede: Ctrl-C stops");
    out.flush();
    stopped.await();
    return 0;
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--host: no such address: " + host);
    }
  }
}
