package org.dateline.extract;

/** The {@link NameDictionary} the sequence model's dictionary features read: the gazetteer's words unless another is plugged in. */
public final class NameDictionaries {
    private static volatile NameDictionary current;

    private NameDictionaries() { }

    public static NameDictionary current() {
        NameDictionary d = current;
        if (d == null) {
            synchronized (NameDictionaries.class) {
                if (current == null) {
                    current = GazetteerWords.load();
                }
                d = current;
            }
        }
        return d;
    }

    /** Plugs in another dictionary (a larger gazetteer); models loaded afterwards read it. */
    public static void use(NameDictionary dictionary) {
        current = dictionary;
    }
}
