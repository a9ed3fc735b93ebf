package org.dateline.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * {@code /dumps/news.nq.gz}: every named graph of the store as gzipped N-Quads, the ontology graph included (the
 * example queries read term labels from it), ready to load into another store. Streamed from one read transaction as
 * the store is read, never built in memory, so a dump of any size costs the server a buffer.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String FILE = "news.nq.gz";

    private final transient DatasetGraph dataset;

    DumpServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!("/" + FILE).equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no dump at " + req.getRequestURI() + "; the dump is "
                    + DatasetDescription.DUMP);
            return;
        }
        // A gzip file, as its name says: clients save it as it comes (a Content-Encoding would have them unpack it).
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + FILE + "\"");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        OutputStream raw = resp.getOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        Txn.executeRead(dataset, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            writer.start();
            var quads = dataset.find();
            try {
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (StoreFigures.published(q)) {
                        writer.quad(q);
                    }
                }
            } finally {
                Iter.close(quads);
            }
            writer.finish();
        });
        gz.finish();
        raw.flush();
    }
}
