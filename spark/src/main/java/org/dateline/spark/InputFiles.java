package org.dateline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver from the user's paths on any Hadoop file system: a file named (or
 * matched by a glob) is read whatever its name; a folder's article files and web archives are read, recursively,
 * in sorted order, hidden ones (a name starting with "." or "_", as Hadoop's own inputs) left out. Then cut into
 * tasks of about equal bytes, in order: a web archive is larger than a task's share and is a task of its own.
 *
 * @param files  the files to read, in order
 * @param others how many files the folders held that are neither articles nor web archives
 */
record InputFiles(List<InputFile> files, long others) {

    /** One file to read: its path, length and last-modified time (milliseconds since the epoch). */
    record InputFile(String path, long length, long modified) implements Serializable { }

    /** A mistake in the paths given: one that matches nothing. */
    static final class NoSuchInput extends IOException {
        NoSuchInput(String message) {
            super(message);
        }
    }

    static InputFiles list(Configuration conf, List<String> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        long others = 0;
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                throw new NoSuchInput(input + ": no such file or folder");
            }
            for (FileStatus m : matched) {
                if (!m.isDirectory()) {
                    files.add(file(m));
                    continue;
                }
                List<InputFile> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (hidden(m.getPath(), f.getPath())) {
                        continue;
                    }
                    if (ArticleShards.readable(f.getPath().getName())) {
                        found.add(file(f));
                    } else {
                        others++;
                    }
                }
                found.sort(Comparator.comparing(InputFile::path));
                files.addAll(found);
            }
        }
        return new InputFiles(files, others);
    }

    private static InputFile file(FileStatus f) {
        return new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime());
    }

    /** Whether a file, or a folder between it and the folder listed, is hidden. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** The files cut, in order, into about {@code tasks} runs of about equal bytes (fewer when files are few). */
    List<List<InputFile>> tasks(int tasks) {
        long total = files.stream().mapToLong(f -> Math.max(1, f.length())).sum();
        long share = Math.max(1, (total + tasks - 1) / tasks);
        List<List<InputFile>> out = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long bytes = 0;
        for (InputFile f : files) {
            long len = Math.max(1, f.length());
            if (!current.isEmpty() && bytes + len > share) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(f);
            bytes += len;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
