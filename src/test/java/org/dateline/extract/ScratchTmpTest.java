package org.dateline.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.link.Gazetteer;
import org.junit.jupiter.api.Test;

class ScratchTmpTest {
    @Test
    void dump() throws Exception {
        Extractor x = Extractor.create(Gazetteer.empty());
        String[] paras = Files.readString(Path.of("/tmp/scratch/a.txt")).split("\n\n");
        Annotations a = x.extract(TestArticles.of(LocalDate.of(2019, 5, 8), paras));
        for (Entity e : a.entities()) System.out.println("ENT " + e.type() + " | " + e.name() + " | " + e.mentions().stream().map(Mention::text).toList());
        for (Event e : a.events()) System.out.println("EVT " + e.kind() + " | " + e.trigger() + " | " + e.date() + " | " + e.placeKey());
        for (Quote q : a.quotes()) System.out.println("QUO " + q);
    }
}
