package org.onetrip.kiosk.certificate;

import java.util.List;

/**
 * Rows that flow across pages under a header row repeated on each page.
 *
 * @param headers column headings, at least one
 * @param rows    cells in the order of the headers; every row has one cell per header
 */
public record CertificateTable(List<String> headers, List<List<String>> rows) {

    public CertificateTable {
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != headers.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the table has " + headers.size() + " columns");
            }
        }
    }
}
