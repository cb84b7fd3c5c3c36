package dev.benchlens.github;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Why a request did not get through, in words: the JDK's HTTP client often throws with no message at all (a
 * {@code ConnectException} without a network), which would print as "null".
 */
final class NetworkErrors {

    private NetworkErrors() {}

    static String describe(IOException e, Duration idle) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "its address could not be found (no network, or a wrong GITHUB_API_URL?)";
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "no connection within " + idle.toSeconds() + " s";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer within " + idle.toSeconds() + " s (--timeout sets the wait)";
            }
            if (cause instanceof SSLException) {
                return "the secure connection failed (" + words(cause) + ")";
            }
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            String message = words(e);
            return message.isEmpty() ? "the connection was refused or the network is down" : message;
        }
        String message = words(e);
        return message.isEmpty() ? "the connection failed (" + e.getClass().getSimpleName() + ")" : message;
    }

    /** The first message in the chain, on one line; empty when none has one. */
    private static String words(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank()) {
                return message.lines().findFirst().orElse("").strip();
            }
        }
        return "";
    }
}
