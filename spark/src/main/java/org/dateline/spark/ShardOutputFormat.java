package org.dateline.spark;

import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Writes each task's records into the file their key names, relative to the output folder, the codec's extension
 * added: an article's N-Quads into {@code part-NNNNN.nq}, entity description lines into
 * {@code _entities/part-NNNNN.nq}, failures into {@code _failures/part-NNNNN.txt}. Only the value is written.
 */
public final class ShardOutputFormat extends MultipleTextOutputFormat<String, Text> {
    /** The key of an article's N-Quads (its named graph). */
    static final String ARTICLE = "a";
    /** The key of one line of the shared entity descriptions. */
    static final String ENTITY = "e";
    /** The key of one failure's message. */
    static final String FAILURE = "f";

    static final String ENTITIES_DIR = "_entities";
    static final String FAILURES_DIR = "_failures";

    @Override
    protected String generateFileNameForKeyValue(String key, Text value, String name) {
        return switch (key) {
            case ARTICLE -> name + ".nq";
            case ENTITY -> ENTITIES_DIR + "/" + name + ".nq";
            case FAILURE -> FAILURES_DIR + "/" + name + ".txt";
            default -> throw new IllegalArgumentException("no output for key " + key);
        };
    }

    @Override
    protected String generateActualKey(String key, Text value) {
        return null;
    }
}
