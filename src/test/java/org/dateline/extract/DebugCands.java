package org.dateline.extract;

import org.dateline.link.Gazetteer;

final class DebugCands {
    public static void main(String[] a) {
        Lexicon lex = Lexicon.load();
        var art = TestArticles.of(a[0], null);
        var rec = new EntityRecognizer(lex, Gazetteer.loadDefault());
        for (var b : art.blocks()) {
            BlockText bt = BlockText.of(b, lex);
            System.out.println(bt.tokens);
            System.out.println(rec.find(bt));
        }
    }
}
