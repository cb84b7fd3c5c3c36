package dev.benchlens.github;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line per way GitHub says no: what happened and what to do about it. */
final class ApiErrors {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm");
    /** 9999-12-31T23:59:59Z. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private ApiErrors() {}

    /** The line for an answer with this status to the request described by {@code what}. */
    static GitHubException of(int status, HttpHeaders headers, String what, String tokenSource, ZoneId zone) {
        if (rateLimited(status, headers)) {
            // A reset time that is no time, or past the year 9999, is left out rather than trusted.
            String reset = headers.firstValue("x-ratelimit-reset")
                    .map(ApiErrors::parseLong)
                    .filter(epoch -> epoch >= 0 && epoch <= LAST_SECOND)
                    .map(epoch -> "; it resets at "
                            + LOCAL.format(Instant.ofEpochSecond(epoch).atZone(zone)) + " local time (" + zone.getId()
                            + ")")
                    .orElse("");
            String limit = headers.firstValue("x-ratelimit-limit")
                    .map(ApiErrors::parseLong)
                    .filter(l -> l > 0)
                    .map(l -> " (" + l + " requests an hour)")
                    .orElse("");
            return new GitHubException(
                    "GitHub's API rate limit is used up" + limit + reset + "; try again then", status);
        }
        var retryAfter = headers.firstValue("retry-after")
                .map(ApiErrors::parseLong)
                .filter(seconds -> seconds >= 0 && seconds <= LAST_SECOND);
        if ((status == 403 || status == 429) && retryAfter.isPresent()) {
            return new GitHubException(
                    "GitHub's secondary rate limit was hit while " + what + "; try again in " + retryAfter.get()
                            + " second(s)",
                    status);
        }
        return new GitHubException(
                switch (status) {
                    case 401 ->
                        "GitHub did not accept the token from " + tokenSource + " (401) while " + what
                                + ": set GITHUB_TOKEN or GH_TOKEN to a valid token, or run gh auth login";
                    case 403 ->
                        "GitHub refused access (403) while " + what + ": the token needs the actions:read"
                                + " permission (the repo scope for a private repository)";
                    case 404 ->
                        "not found (404) while " + what + ": check OWNER/REPO, --workflow and --run, and that the"
                                + " token can see the repository if it is private";
                    case 410 ->
                        "gone (410) while " + what + ": the artifact has expired and can no longer be downloaded";
                    default -> "GitHub answered " + status + " while " + what;
                },
                status);
    }

    private static boolean rateLimited(int status, HttpHeaders headers) {
        return (status == 403 || status == 429)
                && headers.firstValue("x-ratelimit-remaining")
                        .map(String::strip)
                        .filter("0"::equals)
                        .isPresent();
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
