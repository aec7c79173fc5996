package dev.cleave.node.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests written byte for byte on a socket, for what {@link java.net.http.HttpClient} refuses
 * to send (bad escapes in a URL, odd methods and headers): the answer's status, or -1 when the
 * server closed the connection without one.
 */
final class RawHttp {
    private RawHttp() {}

    /** A GET of {@code target} (as it stands on the request line). */
    static int get(int port, String target) {
        return status(send(port, ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10)));
    }

    /**
     * Sends {@code request} and reads the first answer whole (by its Content-Length or chunks), or
     * until the server closes the connection; fails when neither happens within {@code timeout}.
     */
    static String send(int port, byte[] request, Duration timeout) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server stopped reading (it refused the request early); its answer may still be there.
            }
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                for (int read; System.nanoTime() < deadline && !complete(answer.toString(StandardCharsets.ISO_8859_1))
                        && (read = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within " + timeout.toMillis() + " ms to " + preview(request), e);
            } catch (SocketException e) {
                return answer.toString(StandardCharsets.ISO_8859_1); // reset by the server: what came before it counts
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("the answer did not end within " + timeout.toMillis() + " ms to " + preview(request));
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code answer} holds a whole response: its head and the body its head announces. */
    static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        String body = answer.substring(end + 4);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return body.length() >= Integer.parseInt(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return body.endsWith("0\r\n\r\n");
        }
        return head.startsWith("http/1.1 1") || head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304");
    }

    /** The status of the first answer in {@code answer}, or -1 when there is none. */
    static int status(String answer) {
        if (!answer.startsWith("HTTP/1.1 ") || answer.length() < 12) {
            return -1;
        }
        return Integer.parseInt(answer.substring(9, 12));
    }

    static String preview(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return text.length() > 700 ? text.substring(0, 700) + "..." : text;
    }
}
