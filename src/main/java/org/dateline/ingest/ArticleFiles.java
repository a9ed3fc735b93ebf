package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a batch over the user's paths reads: files named explicitly, whatever their type (reading then says what
 * is wrong with them), and the article files of folders, recursively (symbolic links followed), sorted, hidden ones
 * skipped, each once. What a folder holds that cannot be read is reported, not passed over: a symbolic link loop, a
 * link to nothing, a folder that cannot be opened, and a folder with no article file at all.
 *
 * @param files   the files to read, in order
 * @param skipped what was left out and why, one exception per place
 */
public record ArticleFiles(List<Path> files, List<IngestException> skipped) {
    public ArticleFiles {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public static ArticleFiles of(List<Path> pathsOrFolders) {
        List<Path> files = new ArrayList<>();
        List<IngestException> skipped = new ArrayList<>();
        for (Path path : pathsOrFolders) {
            if (Files.isDirectory(path)) {
                files.addAll(folder(path, skipped));
            } else {
                files.add(path);
            }
        }
        return new ArticleFiles(files, skipped);
    }

    private static List<Path> folder(Path root, List<IngestException> skipped) {
        List<Path> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        // Followed links are seen through; a link seen as itself could not be followed.
                        skipped.add(new IngestException(file, "a symbolic link that leads nowhere (its target is missing, "
                                + "or links point at each other); skipped"));
                    } else if (attrs.isRegularFile() && ArticleReader.isArticleFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(new IngestException(file, "a symbolic link loop: it leads back to a folder that "
                                + "contains it; skipped (its articles are read once, where the folder really is)"));
                    } else if (e instanceof AccessDeniedException) {
                        skipped.add(new IngestException(file, "permission denied; skipped"));
                    } else {
                        skipped.add(new IngestException(file, "cannot be read (" + e.getMessage() + "); skipped", e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new IngestException(root, "cannot list the folder: " + e.getMessage(), e));
        }
        if (found.isEmpty()) {
            skipped.add(new IngestException(root, "no article files in this folder or below (looked for "
                    + String.join(", ", ArticleReader.EXTENSIONS.stream().sorted().map(s -> "." + s).toList())
                    + ", .warc, .warc.gz; hidden files are left out)"));
        }
        found.sort(null);
        // Each file once, under the first of its names in order (a link to a file of the folder is the same article).
        List<Path> once = new ArrayList<>(found.size());
        for (Path file : found) {
            try {
                if (seen.add(file.toRealPath())) {
                    once.add(file);
                }
            } catch (IOException e) {
                skipped.add(new IngestException(file, "cannot be read (" + e.getMessage() + "); skipped", e));
            }
        }
        return once;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
