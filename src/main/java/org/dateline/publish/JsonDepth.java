package org.dateline.publish;

/**
 * How deep arrays and objects nest in a JSON text, counted without parsing it: Jena's JSON parser recurses once per
 * level and has no limit of its own, so a text nested thousands deep would exhaust a server thread's stack. Brackets
 * inside strings do not count; the text need not be well-formed.
 */
final class JsonDepth {
    private JsonDepth() { }

    static int of(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}
