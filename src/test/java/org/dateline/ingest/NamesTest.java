package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names printed in capitals get their normal capitalisation; mixed-case names are left as printed. */
class NamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "IRINA SOLBERG | Irina Solberg",
        "MOSCOW | Moscow",
        "SEAN O'BRIEN | Sean O'Brien",
        "MARY MCDONALD | Mary McDonald",
        "ANNE-MARIE DUVAL | Anne-Marie Duval",
        "JOSE DE LA CRUZ | Jose de la Cruz",
        "RIO DE JANEIRO | Rio de Janeiro",
        "EL PASO | El Paso",
        "Jane DOE | Jane Doe",
        "AJ Smith | AJ Smith",
        "Bashar al-Assad | Bashar al-Assad",
        "Hana Lindqvist | Hana Lindqvist",
        "ALISON McGREGOR | Alison McGregor",
    })
    void capitalsAreRecased(String printed, String normal) {
        assertEquals(normal, Names.normalCase(printed));
    }
}
