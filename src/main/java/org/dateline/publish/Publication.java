package org.dateline.publish;

import java.util.Optional;

/**
 * What a server says about the data it publishes, in its dataset description and on its pages: a title, and the
 * licence the publisher grants on the data, when one is given ({@code serve --license}). Dateline cannot know the
 * terms of the articles it reads, so it states none unless told; the sources of names and identifiers are always
 * listed with theirs.
 *
 * @param title   the dataset's title
 * @param license the IRI of the data's licence (e.g. {@code https://creativecommons.org/licenses/by/4.0/}), or null
 */
public record Publication(String title, String license) {
    public static final String DEFAULT_TITLE = "Dateline news";

    public static Publication defaults() {
        return new Publication(DEFAULT_TITLE, null);
    }

    public Publication withLicense(String iri) {
        return new Publication(title, iri);
    }

    Optional<String> licenseIri() {
        return Optional.ofNullable(license);
    }

    /** The rights statement: whose the articles are, where the rest comes from. */
    String rights() {
        return (license != null ? "Published under " + license + " by the publisher of this server. "
                : "No licence was stated by the publisher of this server (serve --license). ")
                + "The articles' text belongs to their authors and publishers. Identifiers, names and coordinates of "
                + "people, organisations and places come from the sources listed (dcterms:source), each under its "
                + "own licence; Wikidata's are CC0.";
    }
}
