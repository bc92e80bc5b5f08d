package dev.cloudinventory.neo4jlauncher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j with Bolt on a free loopback port, prints {@code NEO4J_URI=bolt://127.0.0.1:PORT} on
 * stdout and runs until stdin closes or the process is terminated, so it never outlives the test run that started it.
 * Authentication is disabled: the server is reachable only on loopback and holds throw-away test data.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path workDir = Files.createTempDirectory("neo4j-launcher-");
    String pageCache = System.getProperty("neo4jLauncher.pageCache", "256m");
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder(workDir)
            .withDisabledServer()
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
            .withConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  closeQuietly(neo4j);
                  deleteQuietly(workDir);
                },
                "neo4j-launcher-shutdown"));

    System.out.println("NEO4J_URI=" + neo4j.boltURI());
    System.out.flush();

    Thread stdinWatcher = new Thread(() -> waitForEndOfInput(System.in), "neo4j-launcher-stdin");
    stdinWatcher.setDaemon(true);
    stdinWatcher.start();
    stdinWatcher.join();
    // stdin closed: the parent is gone or asked us to stop; the shutdown hook closes Neo4j.
    System.exit(0);
  }

  private static void waitForEndOfInput(InputStream input) {
    byte[] buffer = new byte[256];
    try {
      while (input.read(buffer) >= 0) {
        // Anything written to stdin is ignored; only its end matters.
      }
    } catch (IOException endOfInput) {
      // A broken stdin means the parent is gone, which is the same signal as end of input.
    }
  }

  private static long parseBytes(String size) {
    String lower = size.trim().toLowerCase();
    long unit = 1;
    char last = lower.charAt(lower.length() - 1);
    if (last == 'k') unit = 1024L;
    if (last == 'm') unit = 1024L * 1024;
    if (last == 'g') unit = 1024L * 1024 * 1024;
    String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static void deleteQuietly(Path emptiedWorkDir) {
    try {
      // The harness removes its own database folder on close; only the empty parent is left.
      Files.deleteIfExists(emptiedWorkDir);
    } catch (IOException notEmpty) {
      System.err.println("neo4j-launcher: could not remove " + emptiedWorkDir + ": " + notEmpty);
    }
  }

  private static void closeQuietly(Neo4j neo4j) {
    try {
      neo4j.close();
    } catch (RuntimeException closeFailure) {
      // Shutting down anyway; the temp directory is disposable.
      System.err.println("neo4j-launcher: close failed: " + closeFailure);
    }
  }
}
