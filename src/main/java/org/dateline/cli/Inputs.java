package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and folders) into the article files to read, in a stable order. */
final class Inputs {
    private static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml");

    private Inputs() { }

    /**
     * Files named explicitly are kept whatever their extension (the reader then says what is wrong with
     * them); folders contribute their article files, recursively, sorted, hidden files skipped.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(Inputs::isArticleFile)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
