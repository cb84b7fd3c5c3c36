package dev.benchlens.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what Jackson's messages say in the words of someone who wrote a JSON file rather than the Java classes
 * reading it: "expected a whole number, found text "abc"" instead of "Cannot deserialize value of type
 * `java.lang.Integer` from String".
 */
final class JacksonWords {

    private static final Pattern UNCLOSED = Pattern.compile("Unexpected end-of-input: expected close marker for"
            + " (Object|Array)(?: \\(start marker at .*?line: (\\d+), column: (\\d+)])?.*");
    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("Numeric value \\(([^)]*)\\) out of range of" + " (int|long|Integer|Long).*");
    private static final Pattern CANNOT_BIND = Pattern.compile("Cannot deserialize value of type `?([^`]+?)`?"
            + " from (String \"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z-]+ value|[A-Za-z-]+)(?:\\W.*)?");
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\('(.{1,2})'" + " \\(code \\d+\\)\\):? ?(.*)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)': was expecting.*");
    private static final Pattern QUALIFIED = Pattern.compile("`?(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)`?");

    private JacksonWords() {}

    static String translate(String message) {
        Matcher m = UNCLOSED.matcher(message);
        if (m.matches()) {
            String what = m.group(1).equals("Object") ? "an object" : "a list";
            return "the file ends before " + what
                    + (m.group(2) == null ? "" : " (opened at line " + m.group(2) + ", column " + m.group(3) + ")")
                    + " is closed";
        }
        if (message.startsWith("Unexpected end-of-input in VALUE_STRING")) {
            return "the file ends inside a text (a missing closing quote)";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early";
        }
        m = OUT_OF_RANGE.matcher(message);
        if (m.matches()) {
            boolean isInt = m.group(2).toLowerCase(Locale.ROOT).startsWith("int");
            return m.group(1) + " is out of range: a whole number from "
                    + (isInt
                            ? "-2,147,483,648 to 2,147,483,647"
                            : "-9,223,372,036,854,775,808 to 9,223,372,036,854,775,807")
                    + " is expected here";
        }
        m = CANNOT_BIND.matcher(message);
        if (m.matches()) {
            return "expected " + typeInWords(m.group(1)) + ", found " + foundInWords(m.group(2));
        }
        m = UNEXPECTED_CHARACTER.matcher(message);
        if (m.matches()) {
            String expected = m.group(2)
                    .replace(
                            "was expecting comma to separate Object entries",
                            "expected a comma between an object's fields")
                    .replace("was expecting comma to separate Array entries", "expected a comma between list items")
                    .replace("was expecting double-quote to start field name", "expected a field name in quotes")
                    .replace("was expecting a colon to separate field name and value", "expected a colon");
            return "unexpected '" + m.group(1) + "'" + (expected.isBlank() ? "" : ": " + expected);
        }
        m = UNRECOGNIZED.matcher(message);
        if (m.matches()) {
            String word = m.group(1).length() > 40 ? m.group(1).substring(0, 40) + "..." : m.group(1);
            return "unexpected '" + word + "': expected text in quotes, a number, a list, an object, true, false or"
                    + " null";
        }
        return QUALIFIED
                .matcher(message.replaceAll(" \\(token `JsonToken\\.[A-Z_]+`\\)", ""))
                .replaceAll("$1");
    }

    private static String typeInWords(String type) {
        String simple = QUALIFIED.matcher(type).replaceAll("$1");
        if (simple.contains("List") || simple.startsWith("[") || simple.endsWith("[]") || simple.contains("Set<")) {
            return "a list";
        }
        return switch (simple) {
            case "Integer", "int", "Long", "long", "Short", "short", "BigInteger" -> "a whole number";
            case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
            case "String" -> "text";
            case "Boolean", "boolean" -> "true or false";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a date and time such as 2026-01-31T12:00:00Z";
            default -> "an object";
        };
    }

    private static String foundInWords(String found) {
        if (found.startsWith("String \"")) {
            String text = found.substring("String ".length());
            return "text " + (text.length() > 42 ? text.substring(0, 41) + "...\"" : text);
        }
        return switch (found) {
            case "String value", "String" -> "text";
            case "Boolean value" -> "a true or false value";
            case "Object value" -> "an object";
            case "Array value" -> "a list";
            case "Integer value", "Floating-point value" -> "a number";
            case "Null value" -> "null";
            default -> found.toLowerCase(Locale.ROOT);
        };
    }
}
