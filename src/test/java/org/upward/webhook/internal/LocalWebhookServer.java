package org.upward.webhook.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat service's incoming webhook on 127.0.0.1 and a free port: records every body posted to {@code /hook}
 * and answers with the next planned status (200 once the plan runs out, or always {@code always} if set).
 */
final class LocalWebhookServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> plan = new ConcurrentLinkedQueue<>();
    private volatile int always;

    LocalWebhookServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            Integer planned = plan.poll();
            int status = always != 0 ? always : planned != null ? planned : 200;
            byte[] answer = (status == 200 ? "ok" : "no_service").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The statuses of the next answers, in order. */
    void answer(Integer... statuses) {
        plan.addAll(List.of(statuses));
    }

    void alwaysAnswer(int status) {
        always = status;
    }

    List<String> bodies() {
        return bodies;
    }

    List<String> contentTypes() {
        return contentTypes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
