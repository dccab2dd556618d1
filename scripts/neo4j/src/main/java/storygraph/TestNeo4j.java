package storygraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j for storygraph's tests and keeps it up until the JVM is stopped.
 * Bolt is pinned to a fixed address (args: host port) so the tests know where to connect;
 * auth is off because this database only ever lives for one test run on loopback.
 * Prints READY (and writes it to the ready file, when given) once Bolt accepts sessions.
 */
public final class TestNeo4j {
    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        Path readyFile = args.length > 2 ? Path.of(args[2]) : null;

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            stopped.countDown();
        }));

        System.out.println("READY " + neo4j.boltURI());
        if (readyFile != null) Files.writeString(readyFile, neo4j.boltURI().toString());
        stopped.await();
    }
}
