package org.dateline.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** File and JSON helpers shared by the open-data readers. */
final class OpenDataFiles {
    private OpenDataFiles() { }

    /**
     * Files under {@code dir} (any depth) whose names end with one of {@code suffixes}, sorted by path. Symbolic
     * links are followed, so an open-data directory may be assembled from links to source folders kept elsewhere.
     */
    static List<Path> files(Path dir, String... suffixes) throws IOException {
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> out = new ArrayList<>();
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString();
                for (String suffix : suffixes) {
                    if (n.endsWith(suffix)) {
                        out.add(p);
                        break;
                    }
                }
            }
            return out;
        }
    }

    /** {@code file}'s path under {@code dir} with "/" between folders on any system ("data/101/735.geojson"). */
    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Any JSON value from a file, with the file named in the error when it is not JSON. */
    static JsonValue parse(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return JSON.parseAny(in);
        } catch (JsonException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    /** A string member, or null when absent, not a string or blank; numbers are given as text. */
    static String str(JsonObject o, String... keys) {
        if (o == null) {
            return null;
        }
        for (String k : keys) {
            JsonValue v = o.get(k);
            if (v != null && v.isString() && !v.getAsString().value().isBlank()) {
                return v.getAsString().value().strip();
            }
            if (v != null && v.isNumber()) {
                return v.getAsNumber().value().toString();
            }
        }
        return null;
    }

    /** A number member (or a number written as a string), or null. */
    static Double num(JsonObject o, String... keys) {
        if (o == null) {
            return null;
        }
        for (String k : keys) {
            JsonValue v = o.get(k);
            if (v != null && v.isNumber()) {
                return v.getAsNumber().value().doubleValue();
            }
            if (v != null && v.isString()) {
                try {
                    return Double.valueOf(v.getAsString().value().strip());
                } catch (NumberFormatException e) {
                    // not a number: treated as absent
                }
            }
        }
        return null;
    }

    static List<JsonObject> objects(JsonValue v) {
        List<JsonObject> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                if (x.isObject()) {
                    out.add(x.getAsObject());
                }
            }
        }
        return out;
    }

    static JsonObject object(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v != null && v.isObject() ? v.getAsObject() : null;
    }
}
