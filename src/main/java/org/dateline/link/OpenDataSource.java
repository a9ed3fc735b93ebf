package org.dateline.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One openly licensed source of entities whose rows state their own Wikidata QIDs, read from its folder
 * under the open-data directory of {@code gazetteer build --open-data DIR}.
 */
interface OpenDataSource {
    /** The folder under the open-data directory, also the row's provenance prefix ("natural-earth"). */
    String folder();

    /**
     * Reads every file of the source in {@code dir} (in sorted order, so builds are deterministic) into
     * {@code rows}; {@code countries} maps ISO 3166-1 alpha-2 and alpha-3 codes to country QIDs.
     */
    void read(Path dir, Map<String, String> countries, OpenDataRows rows) throws IOException;

    /** A row's provenance: the source's folder and the file's path under {@code dir} ("ror/v1.50/0abc.json"). */
    default String source(Path dir, Path file) {
        return folder() + "/" + OpenDataFiles.relative(dir, file);
    }
}
