package dk.pejling.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HAProxy from Debian in front of the replicas, configured as docs/operations.md recommends: round robin, health
 * checks on readiness, a connection that fails is tried on the other replica, and its own 502/503/504 answers are
 * problem+json like the application's. It tells in {@code X-Replica} which replica answered.
 */
final class LoadBalancer {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    final int port;
    private final Process process;

    private LoadBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static LoadBalancer start(List<Replica> replicas, Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is missing: apt-get install -y haproxy (.ci/run installs it)");
        }
        int port = Replica.freePort();
        for (int status : new int[] {502, 503, 504}) {
            Files.writeString(dir.resolve(status + ".http"), "HTTP/1.1 " + status + " Service Unavailable\r\n"
                    + "Content-Type: application/problem+json\r\nCache-Control: no-store\r\nRetry-After: 2\r\n"
                    + "Connection: close\r\n\r\n"
                    + "{\"type\":\"urn:pejling:problem:unavailable\",\"title\":\"Tjenesten er midlertidigt utilgængelig\","
                    + "\"status\":" + status + ",\"detail\":\"No replica could answer. Try again shortly.\"}\n");
        }
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 30s
                    timeout server 30s
                    timeout check 2s
                    option redispatch
                    retries 2
                """);
        for (int status : new int[] {502, 503, 504}) {
            config.append("    errorfile ").append(status).append(' ').append(dir.resolve(status + ".http"))
                    .append('\n');
        }
        config.append("frontend pejling\n    bind 127.0.0.1:").append(port).append('\n')
                .append("    option forwardfor\n    default_backend replicas\n")
                .append("backend replicas\n    balance roundrobin\n")
                .append("    option httpchk GET /q/health/ready\n    http-check expect status 200\n")
                .append("    default-server inter 500ms fall 2 rise 2\n")
                .append("    http-response set-header X-Replica %s\n");
        for (Replica replica : replicas) {
            config.append("    server ").append(replica.name).append(" 127.0.0.1:").append(replica.port)
                    .append(" check\n");
        }
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        Thread.sleep(500);
        if (!process.isAlive()) {
            throw new IllegalStateException("HAProxy did not start; see " + dir.resolve("haproxy.log"));
        }
        return new LoadBalancer(port, process);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void stop() {
        process.destroy();
    }
}
