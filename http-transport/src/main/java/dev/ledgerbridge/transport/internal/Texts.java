package dev.ledgerbridge.transport.internal;

/** Keeps values that are echoed into messages short: a 10 MB input must not make a 10 MB message. */
public final class Texts {
    /** Characters of a value kept in messages. */
    public static final int MAX_ECHOED_CHARS = 200;

    private Texts() {
    }

    /** The text, or its first {@value #MAX_ECHOED_CHARS} characters and {@code …(n chars)}; null stays null. */
    public static String abbreviate(String s) {
        if (s == null || s.length() <= MAX_ECHOED_CHARS) {
            return s;
        }
        return s.substring(0, MAX_ECHOED_CHARS) + "…(" + s.length() + " chars)";
    }
}
