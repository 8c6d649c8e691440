package org.upward.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of the test PostgreSQL that a test can cut, as if the database server were
 * stopped: {@link #cut()} closes every open connection and refuses new ones; {@link #restore()} accepts
 * connections again on the same port. Only ever listens on and connects to the loopback/test server.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final Pattern HOST_PORT = Pattern.compile("^(jdbc:postgresql://)([^/:?]+)(?::(\\d+))?(/.*)$");

    private final String targetHost;
    private final int targetPort;
    private final TestDatabase.Settings through;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listener;

    private DatabaseProxy(TestDatabase.Settings db) {
        Matcher url = HOST_PORT.matcher(db.url());
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + db.url());
        }
        targetHost = url.group(2);
        targetPort = url.group(3) == null ? 5432 : Integer.parseInt(url.group(3));
        listener = listen(0);
        port = listener.getLocalPort();
        through = new TestDatabase.Settings(
                url.group(1) + "127.0.0.1:" + port + url.group(4), db.username(), db.password());
        accept(listener);
    }

    /** A proxy, already accepting, in front of the server of {@code db}. */
    public static DatabaseProxy inFrontOf(TestDatabase.Settings db) {
        return new DatabaseProxy(db);
    }

    /** The same database, reached through this proxy. */
    public TestDatabase.Settings settings() {
        return through;
    }

    /** The database "stops": every connection through the proxy is closed and new ones are refused. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** The database is back: connections are accepted again, on the same port. */
    public synchronized void restore() {
        if (listener == null) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on port " + port, e);
        }
    }

    private void accept(ServerSocket server) {
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket client = server.accept();
                            connect(server, client);
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "db-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void connect(ServerSocket server, Socket client) {
        Socket upstream;
        try {
            upstream = new Socket(targetHost, targetPort);
        } catch (IOException unreachable) {
            closeQuietly(client);
            return;
        }
        synchronized (this) {
            if (listener != server) {
                // cut while this connection was being opened: it must not survive the cut
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            open.add(client);
            open.add(upstream);
        }
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException closed) {
                        // one side went away: close both below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "db-proxy-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
