package org.upward.load;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What the server spends per kind of request, counted inside the application the load test starts: the SQL
 * statements it executes, the rows it reads (every {@code ResultSet.next()} that found one) and the CPU time of
 * the request's thread, from the first filter to the last byte, the session store's reads and writes included
 * (the CPU time includes this counting's own wrapping of every JDBC call). The client names the kind of request
 * in a header; the application's data source is wrapped so that every statement on a request's thread counts
 * for that request.
 */
final class ServerQueries {

    static final String HEADER = "X-Load-Action";

    private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Totals> byKind = new ConcurrentHashMap<>();
    /** The SQL of one request of each kind (the first after the warm-up's start), to see where it goes. */
    private final Map<String, List<String>> sampleSql = new ConcurrentHashMap<>();

    /** What one request has spent so far. */
    private static final class Request {
        long statements;
        long rows;
        final List<String> sql = new ArrayList<>();
    }

    /** Statements, rows and CPU milliseconds per request of one kind. */
    record Figures(long requests, double statements, long maxStatements, double rows, long maxRows, double cpuMillis) {}

    private static final class Totals {
        final LongAdder requests = new LongAdder();
        final LongAdder statements = new LongAdder();
        final LongAdder rows = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        final LongAccumulator maxStatements = new LongAccumulator(Math::max, 0);
        final LongAccumulator maxRows = new LongAccumulator(Math::max, 0);
    }

    /** Wraps the data source and adds the counting filter before anything else runs. */
    ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(source)
                            : bean;
                }
            });
            ((GenericApplicationContext) context)
                    .registerBean("loadTestCountingFilter", FilterRegistrationBean.class, () -> {
                        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter());
                        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                        return registration;
                    });
        };
    }

    Figures of(String kind) {
        Totals totals = byKind.get(kind);
        if (totals == null || totals.requests.sum() == 0) {
            return new Figures(0, Double.NaN, 0, Double.NaN, 0, Double.NaN);
        }
        double requests = totals.requests.sum();
        return new Figures(
                totals.requests.sum(),
                totals.statements.sum() / requests,
                totals.maxStatements.get(),
                totals.rows.sum() / requests,
                totals.maxRows.get(),
                totals.cpuNanos.sum() / requests / 1e6);
    }

    /** Writes the sample request's statements of every kind, each distinct one with how often it ran. */
    void writeSamples(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        sampleSql.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            text.append("== ")
                    .append(kind.getKey())
                    .append(": ")
                    .append(kind.getValue().size())
                    .append(" statements prepared\n");
            Map<String, Long> times = new LinkedHashMap<>();
            kind.getValue().forEach(sql -> times.merge(sql, 1L, Long::sum));
            times.forEach((sql, n) -> text.append(String.format("%4d x %s%n", n, sql)));
        });
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Filter filter() {
        return (request, response, chain) -> {
            String kind = ((HttpServletRequest) request).getHeader(HEADER);
            if (kind == null) {
                chain.doFilter(request, response);
                return;
            }
            Request counts = new Request();
            CURRENT.set(counts);
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                Totals totals = byKind.computeIfAbsent(kind, k -> new Totals());
                totals.cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                totals.requests.increment();
                totals.statements.add(counts.statements);
                totals.rows.add(counts.rows);
                totals.maxStatements.accumulate(counts.statements);
                totals.maxRows.accumulate(counts.rows);
                sampleSql.putIfAbsent(kind, List.copyOf(counts.sql));
            }
        };
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(Connection.class, super.getConnection(), new Counting());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(Connection.class, super.getConnection(username, password), new Counting());
        }
    }

    /** Counts statements executed and rows read, and wraps the statements and result sets it hands out. */
    private static final class Counting {

        Object after(Method method, Object[] args, Object result) {
            String name = method.getName();
            Request counts = CURRENT.get();
            if (counts != null && name.startsWith("execute")) {
                counts.statements++;
            }
            if (counts != null && name.equals("next") && Boolean.TRUE.equals(result)) {
                counts.rows++;
            }
            if (counts != null
                    && (name.startsWith("prepare") || name.startsWith("execute"))
                    && args != null
                    && args.length > 0
                    && args[0] instanceof String sql) {
                counts.sql.add(sql.replaceAll("\\s+", " "));
            }
            if (result instanceof CallableStatement call) {
                return wrap(CallableStatement.class, call, this);
            }
            if (result instanceof PreparedStatement prepared) {
                return wrap(PreparedStatement.class, prepared, this);
            }
            if (result instanceof Statement statement && !(result instanceof Connection)) {
                return wrap(Statement.class, statement, this);
            }
            if (result instanceof ResultSet rows) {
                return wrap(ResultSet.class, rows, this);
            }
            return result;
        }
    }

    private static <T> T wrap(Class<T> type, T target, Counting counting) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(proxy)) {
                return proxy;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return counting.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(ServerQueries.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
