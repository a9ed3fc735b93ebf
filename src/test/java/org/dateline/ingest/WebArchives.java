package org.dateline.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes web archives for tests with jwarc, as a crawler writes CC-NEWS: gzipped, one member per record. */
public final class WebArchives implements AutoCloseable {
    private final WarcWriter writer;

    private WebArchives(WarcWriter writer) {
        this.writer = writer;
    }

    /** A new WARC.gz at {@code file}, opened by its warcinfo record. */
    public static WebArchives create(Path file) throws IOException {
        WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(Instant.parse("2015-05-29T12:00:00Z"))
                .fields(Map.of("software", List.of("dateline tests"))).build());
        return new WebArchives(w);
    }

    /** The request a crawler sends and the response it gets, as two records (the request is passed over when read). */
    public WebArchives page(String address, Instant fetched, int status, String contentType, byte[] body)
            throws IOException {
        writer.write(new WarcRequest.Builder(address).date(fetched)
                .body(new HttpRequest.Builder("GET", address).build()).build());
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(address).date(fetched).body(http).build());
        return this;
    }

    public WebArchives page(String address, Instant fetched, String contentType, String body) throws IOException {
        return page(address, fetched, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A metadata record about {@code address}, as crawlers write beside a capture. */
    public WebArchives metadata(String address) throws IOException {
        writer.write(new WarcMetadata.Builder().targetURI(address)
                .fields(Map.of("fetchTimeMs", List.of("120"))).build());
        return this;
    }

    /** Where the next record starts. */
    public long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
