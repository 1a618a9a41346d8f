package dev.ledgerbridge.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every {@code ```java} block of the READMEs (the repository's and each module's) equal to a region of a compiled
 * source file under {@code src/test/java/dev/ledgerbridge/examples/readme/}, so no README can show code that does not
 * compile.
 *
 * <p>Each java block is preceded (blank lines aside) by {@code <!-- snippet: readme/File.java#region -->}, or by
 * {@code <!-- snippet: none (reason) -->} for a block that cannot be compiled. A region is the lines between
 * {@code // readme:start region} and {@code // readme:end region}, less the start marker's indentation and trailing
 * spaces; a region opened several times (imports at the top, statements in a method; or code around lines the
 * README leaves out) is its parts one after another. Every region must be shown somewhere, so no snippet file
 * drifts unseen.
 *
 * <p>With {@code -Dreadme.update=true} the test rewrites the README blocks from the regions instead of failing on a
 * difference: after an API change, fix the snippet files (the compiler checks them), then regenerate with
 * {@value #UPDATE_COMMAND}.
 */
class ReadmeSnippetTest {

    static final String UPDATE_COMMAND = "mvn -B -o -q -Pquick -pl sync-examples -am test -Dtest=ReadmeSnippetTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true";

    private static final String SNIPPET_PACKAGE = "src/test/java/dev/ledgerbridge/examples";
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.+?) -->");
    private static final Pattern EXEMPT = Pattern.compile("none \\((.+)\\)");
    private static final Pattern REGION_LINE = Pattern.compile("\\s*// readme:(start|end) (\\S+)\\s*");

    @Test
    void everyJavaBlockOfTheReadmesIsACompiledSnippetRegion() throws IOException {
        Path module = moduleDirectory();
        Path snippets = module.resolve(SNIPPET_PACKAGE);
        List<String> problems = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Path readme : readmes(module.getParent())) {
            check(readme, module.getParent().relativize(readme).toString().replace('\\', '/'), snippets, problems,
                    shown);
        }
        problems.addAll(unshownRegions(snippets, shown));
        assertTrue(problems.isEmpty(), () -> String.join("\n\n", problems)
                + "\n\nFix the snippet file (it is compiled), then regenerate the README blocks with:\n  "
                + UPDATE_COMMAND);
    }

    /** The repository's README.md and each module's. */
    private static List<Path> readmes(Path repository) throws IOException {
        try (Stream<Path> modules = Files.list(repository)) {
            return Stream.concat(Stream.of(repository.resolve("README.md")),
                    modules.map(dir -> dir.resolve("README.md")).filter(Files::isRegularFile).sorted()).toList();
        }
    }

    /** Compares (or, with readme.update, rewrites) each java block of one README; adds what is wrong. */
    private static void check(Path readme, String name, Path snippets, List<String> problems, Set<String> shown)
            throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        boolean changed = false;
        for (int open = 0; open < lines.size(); open++) {
            if (!lines.get(open).strip().equals("```java")) {
                continue;
            }
            int close = closingFence(lines, open, name);
            String where = name + ":" + (open + 1);
            String source = markerAbove(lines, open);
            if (source == null) {
                problems.add(where + ": java block without a '<!-- snippet: readme/File.java#region -->' marker"
                        + " (or '<!-- snippet: none (reason) -->') on the line above");
            } else if (!EXEMPT.matcher(source).matches()) {
                shown.add(source);
                List<String> block = lines.subList(open + 1, close).stream().map(String::stripTrailing).toList();
                List<String> wanted = region(snippets, source, problems, where);
                wanted = wanted == null ? block : wanted;
                if (!block.equals(wanted) && Boolean.getBoolean("readme.update")) {
                    lines.subList(open + 1, close).clear();
                    lines.addAll(open + 1, wanted);
                    close = open + 1 + wanted.size();
                    changed = true;
                } else if (!block.equals(wanted)) {
                    problems.add(where + ": the block differs from " + source + "\n--- " + name + "\n+++ " + source
                            + "\n" + diff(block, wanted));
                }
            }
            open = close;
        }
        if (changed) {
            Files.writeString(readme, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Where the README's blocks come from: the working directory is the module (Maven) or the repository (IDE). */
    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve(SNIPPET_PACKAGE)) ? here : here.resolve("sync-examples");
    }

    private static int closingFence(List<String> lines, int open, String name) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```")) {
                return i;
            }
        }
        throw new AssertionError(name + ":" + (open + 1) + ": java block is never closed");
    }

    private static String markerAbove(List<String> lines, int open) {
        int i = open - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        Matcher marker = i < 0 ? null : MARKER.matcher(lines.get(i).strip());
        return marker != null && marker.matches() ? marker.group(1).strip() : null;
    }

    /** The region's lines, or null after adding why it cannot be read. */
    private static List<String> region(Path snippets, String source, List<String> problems, String where)
            throws IOException {
        int hash = source.indexOf('#');
        if (hash < 0) {
            problems.add(where + ": marker '" + source + "' names no region (expected readme/File.java#region)");
            return null;
        }
        Path file = snippets.resolve(source.substring(0, hash));
        if (!Files.isRegularFile(file)) {
            problems.add(where + ": marker '" + source + "': no file " + file);
            return null;
        }
        List<String> region = regions(file).get(source.substring(hash + 1));
        if (region == null) {
            problems.add(where + ": marker '" + source + "': no '// readme:start " + source.substring(hash + 1)
                    + "' in " + file);
        }
        return region;
    }

    /** Every region of a file: its name and its lines, parts in order, less each start marker's indentation. */
    private static Map<String, List<String>> regions(Path file) throws IOException {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher marker = REGION_LINE.matcher(line);
            if (marker.matches() && marker.group(1).equals("start")) {
                open.put(marker.group(2), line.indexOf("//"));
                regions.computeIfAbsent(marker.group(2), name -> new ArrayList<>());
            } else if (marker.matches() && open.remove(marker.group(2)) == null) {
                throw new AssertionError(file + ": '// readme:end " + marker.group(2) + "' without a start");
            } else if (!marker.matches()) {
                open.forEach((name, indent) -> regions.get(name).add(outdent(line, indent)));
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError(file + ": regions never ended: " + open.keySet());
        }
        return regions;
    }

    /** The line less up to {@code indent} leading spaces, without trailing spaces. */
    private static String outdent(String line, int indent) {
        int cut = 0;
        while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
            cut++;
        }
        return line.substring(cut).stripTrailing();
    }

    private static List<String> unshownRegions(Path snippets, Set<String> shown) throws IOException {
        List<String> unshown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(snippets.resolve("readme"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = snippets.relativize(file).toString().replace('\\', '/');
                for (String region : regions(file).keySet()) {
                    if (!shown.contains(name + "#" + region)) {
                        unshown.add(name + "#" + region + ": region shown in no README block (delete it or add"
                                + " '<!-- snippet: " + name + "#" + region + " -->' above a java block)");
                    }
                }
            }
        }
        return unshown;
    }

    /** A line diff (longest common subsequence) in unified style: ' ' kept, '-' README only, '+' snippet only. */
    static String diff(List<String> readme, List<String> snippet) {
        int[][] common = new int[readme.size() + 1][snippet.size() + 1];
        for (int i = readme.size() - 1; i >= 0; i--) {
            for (int j = snippet.size() - 1; j >= 0; j--) {
                common[i][j] = readme.get(i).equals(snippet.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < readme.size() || j < snippet.size()) {
            if (i < readme.size() && j < snippet.size() && readme.get(i).equals(snippet.get(j))) {
                out.append(' ').append(readme.get(i++)).append('\n');
                j++;
            } else if (i < readme.size() && (j == snippet.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.append('-').append(readme.get(i++)).append('\n');
            } else {
                out.append('+').append(snippet.get(j++)).append('\n');
            }
        }
        return out.toString();
    }
}
