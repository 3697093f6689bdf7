package org.onetrip.kiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A kiosk rolled back to its previous release (deploy/bin/onetrip-release, ADR 0011) opens the
 * databases the newer release wrote. That works because a release only ever adds to a schema:
 * no table or column is dropped or renamed, and a column added to an existing table is nullable
 * or has a default, so the older release's inserts, which do not name it, still succeed.
 */
class SchemaOnlyGrowsTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DESTRUCTIVE = Pattern.compile(
            "\\b(DROP\\s+(TABLE|COLUMN)|RENAME\\s+(TO|COLUMN)|ALTER\\s+TABLE\\s+\\w+\\s+DROP)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDED_COLUMNS = Pattern.compile("ADDED_COLUMNS\\s*=\\s*List\\.of\\(([^;]*)\\);");
    private static final Pattern ADD_COLUMN = Pattern.compile("ADD\\s+COLUMN\\s+([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    @Test
    void noReleaseDropsOrRenamesWhatAnotherReleaseReads() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            Matcher m = DESTRUCTIVE.matcher(text);
            while (m.find()) {
                found.add(PROJECT.relativize(source) + ": " + m.group());
            }
        }
        assertThat(found).as("schema changes an older release could not read").isEmpty();
    }

    @Test
    void aColumnAddedToAnExistingTableIsNullableOrHasADefault() throws IOException {
        List<String> added = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            Matcher list = ADDED_COLUMNS.matcher(text);
            while (list.find()) {
                Matcher literal = LITERAL.matcher(list.group(1));
                while (literal.find()) {
                    added.add(PROJECT.relativize(source) + ": " + literal.group(1));
                }
            }
            Matcher column = ADD_COLUMN.matcher(text);
            while (column.find()) {
                if (!column.group(1).strip().equals("")) {
                    added.add(PROJECT.relativize(source) + ": " + column.group(1));
                }
            }
        }
        for (String column : added) {
            String upper = column.toUpperCase(java.util.Locale.ROOT);
            if (upper.contains("NOT NULL") && !upper.contains("DEFAULT")) {
                wrong.add(column);
            }
        }
        assertThat(added).as("the outbox's added columns are found").isNotEmpty();
        assertThat(wrong).as("added columns an older release's inserts would fail on").isEmpty();
    }

    /** Every module's main sources (MODULE/src/main/java). */
    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(PROJECT)) {
            for (Path module : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(module)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        assertThat(sources).as("main sources under %s", PROJECT).isNotEmpty();
        return sources;
    }
}
