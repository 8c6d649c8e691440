package org.upward.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The reverse proxies (addresses or CIDR ranges, {@code UPWARD_TRUSTED_PROXIES}) whose forwarded headers
 * Upward believes; none unless configured.
 */
record TrustedProxies(List<IpAddressMatcher> ranges) {

    /** An IPv4 or IPv6 literal (never a host name, which would mean a DNS lookup). */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static TrustedProxies parse(String setting) {
        List<IpAddressMatcher> ranges = Arrays.stream(setting == null ? new String[0] : setting.split("[,\\s]+"))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> {
                    String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
                    if (!IP_LITERAL.matcher(address).matches()) {
                        throw new IllegalStateException("UPWARD_TRUSTED_PROXIES: \"" + entry
                                + "\" is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/8)");
                    }
                    return new IpAddressMatcher(entry);
                })
                .toList();
        return new TrustedProxies(ranges);
    }

    static boolean isIpLiteral(String address) {
        return address != null && IP_LITERAL.matcher(address).matches();
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        try {
            return ranges.stream().anyMatch(range -> range.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /**
     * The client's address from a trusted proxy's {@code X-Forwarded-For}: read from the right (each proxy
     * appends the address it was called from), the first address that is not a trusted proxy. What lies left of
     * it was written by the client and is not believed.
     */
    String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = withoutPort(hops[i].trim());
            if (!isIpLiteral(hop)) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }
}
