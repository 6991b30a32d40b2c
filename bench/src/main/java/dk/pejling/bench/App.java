package dk.pejling.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pejling as an operator runs it: {@code java -jar quarkus-run.jar} against the benchmark's database, configured by
 * system properties, its output in a log file. By default the JVM gets the memory of one replica in
 * deploy/kubernetes (a 768 MiB limit, 75 % of it for the heap, as docker/Dockerfile sets it).
 */
final class App implements AutoCloseable {

    final Path jar;
    final int port;
    final Path log;
    private final Map<String, String> properties;
    private final List<String> jvm;
    private Process process;
    /** Milliseconds from starting the process until readiness answered 200. */
    long startupMillis;

    private final Map<String, String> env;

    App(Path jar, int port, Path log, Map<String, String> properties, List<String> jvm, Map<String, String> env) {
        this.env = env;
        this.jar = jar;
        this.port = port;
        this.log = log;
        this.properties = new LinkedHashMap<>(properties);
        this.jvm = jvm;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    App start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": build it first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Pejling exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                startupMillis = (System.nanoTime() - started) / 1_000_000;
                Log.info("Pejling ready on %s in %d ms (log: %s)", url(), startupMillis, log);
                return this;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Pejling not ready after 180 s; see " + log);
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            int status = c.getResponseCode();
            c.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the process now, in bytes (Linux). */
    long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return -1;
    }

    /** Samples the resident memory every 100 ms until the returned sampler is closed; keeps the maximum. */
    Sampler sampleRss() {
        return new Sampler(this);
    }

    static final class Sampler implements AutoCloseable {
        private final AtomicLong max = new AtomicLong();
        private final Thread thread;

        Sampler(App app) {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    max.accumulateAndGet(app.rss(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long max() {
            return max.get();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }

    /** SIGTERM, as an orchestrator stops a replica; waits for the graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
