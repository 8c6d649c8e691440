package org.upward.webhook.internal;

import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may post to: public unicast ones only. Refused are loopback, unspecified, link-local
 * (with the 169.254.169.254 metadata service), private (RFC 1918, fc00::/7 with fd00:ec2::254), shared
 * (100.64.0.0/10 with 100.100.100.200), benchmark, multicast and reserved addresses, also when wrapped in an
 * IPv6 address (IPv4-mapped or -compatible, NAT64, 6to4).
 */
final class WebhookAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern NUMBER = Pattern.compile("0x[0-9a-f]*|[0-9]+");

    private WebhookAddresses() {}

    /**
     * A host a resolver could read as an IPv4 address in another spelling ({@code 0x7f000001}, {@code 2130706433},
     * {@code 0177.0.0.1}): its last label is a number, but it is not four plain decimal numbers.
     */
    static boolean oddlyNumeric(String host) {
        if (host.startsWith("[")) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        String last = name.substring(name.lastIndexOf('.') + 1);
        return NUMBER.matcher(last).matches() && !DOTTED_QUAD.matcher(name).matches();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? publicV4(b, 0) : publicV6(b);
    }

    private static boolean publicV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return false;
        }
        if (zeros(b, 0, 10) && (zeros(b, 10, 12) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            return publicV4(b, 12);
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && zeros(b, 4, 12)) {
            return publicV4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return publicV4(b, 2);
        }
        return true;
    }

    private static boolean publicV4(byte[] b, int at) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        int third = b[at + 2] & 0xff;
        return !(first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second < 128)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second < 32)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && third == 0)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 224);
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
