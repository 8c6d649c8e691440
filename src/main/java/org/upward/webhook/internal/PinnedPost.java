package org.upward.webhook.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to a webhook, connected to an address that was checked just before rather than to whatever
 * the host name resolves to a moment later (no DNS rebinding between check and connect). TLS still checks the
 * certificate against the host name (and sends it as SNI). Redirects are not followed: a 3xx is an answer like
 * any other non-2xx. Answers the status code.
 */
final class PinnedPost {

    private static final int MAX_STATUS_LINE = 1024;

    private PinnedPost() {}

    static int send(URI uri, List<InetAddress> addresses, String json, Duration connect, Duration read)
            throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        IOException last = new IOException("no address");
        for (InetAddress address : addresses) {
            Socket plain = new Socket();
            try (Socket socket = plain) {
                plain.connect(new InetSocketAddress(address, port), (int) connect.toMillis());
                plain.setSoTimeout((int) read.toMillis());
                long deadline = System.nanoTime() + read.toNanos();
                Socket channel = https ? tls(plain, uri, port) : plain;
                return exchange(channel, uri, json, deadline);
            } catch (ConnectException | SocketTimeoutException unreachable) {
                last = unreachable;
            }
        }
        throw last;
    }

    private static Socket tls(Socket plain, URI uri, int port) throws IOException {
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        SSLSocket tls =
                (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static int exchange(Socket socket, URI uri, String json, long deadline) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + uri.getRawAuthority() + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "User-Agent: Upward-Webhook\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = statusLine(socket.getInputStream(), deadline);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new IOException("not an HTTP answer");
        }
        return Integer.parseInt(parts[1]);
    }

    /** The first line of the answer; a server trickling it out slowly is cut off at the deadline. */
    private static String statusLine(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (line.size() >= MAX_STATUS_LINE || System.nanoTime() > deadline) {
                throw new IOException("no status line in time");
            }
            line.write(next);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
