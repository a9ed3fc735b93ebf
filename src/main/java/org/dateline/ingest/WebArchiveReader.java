package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages of a web archive file (WARC, plain or gzipped one record per member, as Common Crawl's CC-NEWS)
 * with jwarc: each response record of status 200, and each resource record, whose payload is HTML or plain text,
 * with its target address and date. Other records (the archive's warcinfo, requests, metadata, revisits, redirects,
 * pictures) are passed over and counted. Reads one record at a time; not thread-safe.
 */
public final class WebArchiveReader implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WebArchiveReader.class);

    /** The payload types read as articles; the rest of the web (pictures, scripts, feeds) is not. */
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final String file;
    private final WarcReader reader;
    private final long maxBytes;
    private boolean ended;
    private int pages;
    private int passedOver;

    private WebArchiveReader(String file, WarcReader reader, long maxBytes) {
        this.file = file;
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    /**
     * Starts reading a web archive from {@code in}, which it closes.
     *
     * @param file     the archive's name, as the user gave it (a path or a Hadoop file system address)
     * @param maxBytes pages larger than this are refused, each with its own error
     * @throws IngestException when the stream does not start as a web archive
     */
    public static WebArchiveReader open(String file, InputStream in, long maxBytes) throws IngestException {
        try {
            return new WebArchiveReader(file, new WarcReader(in), maxBytes);
        } catch (IOException e) {
            closeQuietly(in);
            throw new IngestException(Origin.file(file, null), "not a web archive (" + e.getMessage()
                    + "); expected WARC records, plain or gzipped", e);
        }
    }

    /** Whether a file's name marks it as a web archive: {@code .warc} or {@code .warc.gz}. */
    public static boolean isArchive(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * The next page, or empty at the end of the archive. A page that cannot be taken (too large, its body cut short)
     * throws, and the next call goes on with the record after it; an archive that breaks off (a damaged or truncated
     * record) throws once and then ends, as nothing after the damage can be trusted to start a record.
     */
    public Optional<ArticleSource.Page> next() throws IngestException {
        while (!ended) {
            WarcRecord record;
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    end();
                    break;
                }
                record = r.get();
            } catch (IOException | RuntimeException e) {
                end();
                if (pages + passedOver == 0) {
                    throw new IngestException(Origin.file(file, null), "not a web archive (" + e.getMessage()
                            + "); expected WARC records, plain or gzipped one record per member", e);
                }
                throw new IngestException(Origin.archiveRecord(file, reader.position(), null, null, null),
                        "the web archive is damaged or cut short here (" + e.getMessage() + "); the records before "
                                + "were read, the rest of the file is left out", e);
            }
            Optional<ArticleSource.Page> page = page(record);
            if (page.isPresent()) {
                pages++;
                return page;
            }
            passedOver++;
        }
        return Optional.empty();
    }

    private Optional<ArticleSource.Page> page(WarcRecord record) throws IngestException {
        if (!(record instanceof WarcResponse || record instanceof WarcResource)) {
            return Optional.empty();
        }
        WarcCaptureRecord capture = (WarcCaptureRecord) record;
        Origin origin = Origin.archiveRecord(file, record.position(), capture.target(), null, record.date());
        try {
            MediaType type;
            MessageBody body;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return Optional.empty();
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    return Optional.empty();
                }
                type = http.contentType();
                body = http.bodyDecoded();
            } else {
                type = record.contentType();
                body = record.body();
            }
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!PAGE_TYPES.contains(base)) {
                return Optional.empty();
            }
            origin = Origin.archiveRecord(file, record.position(), capture.target(), base, record.date());
            return Optional.of(new ArticleSource.Page(origin, bytes(origin, body)));
        } catch (IOException | RuntimeException e) {
            throw new IngestException(origin, "cannot read the page in this record (" + e.getMessage()
                    + "); the record is left out", e);
        }
    }

    private byte[] bytes(Origin origin, MessageBody body) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = body.stream()) {
            byte[] buf = new byte[16 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new IngestException(origin, String.format(Locale.ROOT, "page too large (more than %,d bytes, "
                            + "the limit); a news article is far smaller: check the record, or raise the limit "
                            + "(--max-size)", maxBytes));
                }
            }
        }
        return out.toByteArray();
    }

    private void end() {
        if (!ended) {
            ended = true;
            LOG.debug("{}: {} pages read, {} records passed over (not pages of text or HTML, or not status 200)",
                    file, pages, passedOver);
            close();
        }
    }

    /** Records passed over so far: not pages (warcinfo, requests, metadata, redirects, pictures). */
    public int passedOver() {
        return passedOver;
    }

    @Override
    public void close() {
        ended = true;
        try {
            reader.close();
        } catch (IOException e) {
            LOG.debug("{}: closing: {}", file, e.toString());
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing was read from it.
        }
    }
}
