package dev.ledgerbridge.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.Secret;
import dev.ledgerbridge.sync.SyncConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML configuration file, lets environment variables override its settings
 * ({@link Setting#environmentVariable()}), resolves secrets ({@code {env: NAME}} or {@code {file: path}}; a secret
 * written into the file is rejected) and builds the {@link LedgerBridgeConfig}. Every problem is collected and
 * reported at once, one line each, naming the setting's path; secret values never appear.
 */
final class ConfigLoader {

    /** Largest configuration file read. */
    static final long MAX_FILE_BYTES = 1_000_000;
    /** Largest secret file read. */
    static final long MAX_SECRET_BYTES = 65_536;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> env;
    private final Path directory;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(Map<String, String> env, Path directory) {
        this.env = env;
        this.directory = directory;
    }

    /**
     * Loads the configuration.
     *
     * @param file the YAML file
     * @param env  the environment
     * @return the configuration
     * @throws CliFailure with exit code 2 and one line per problem
     */
    static LedgerBridgeConfig load(Path file, Map<String, String> env) {
        JsonNode root = read(file);
        Path dir = file.toAbsolutePath().getParent();
        ConfigLoader loader = new ConfigLoader(env, dir);
        Map<Setting, Object> values = loader.values(root);
        ConfigAssembler assembler = new ConfigAssembler(values, dir, loader.problems);
        LedgerBridgeConfig.Builder builder = assembler.assemble(root.path("flows"));
        if (!loader.problems.isEmpty()) {
            throw failure(file, loader.problems);
        }
        try {
            return builder.build();
        } catch (SyncConfigurationException e) {
            throw failure(file, e.problems());
        }
    }

    private static CliFailure failure(Path file, List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (String p : problems) {
            lines.add("configuration " + file + ": " + p);
        }
        return new CliFailure(ExitCode.CONFIGURATION, lines);
    }

    private static JsonNode read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CliFailure(ExitCode.CONFIGURATION, "configuration " + file + " is larger than "
                        + MAX_FILE_BYTES + " bytes");
            }
            JsonNode root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new CliFailure(ExitCode.CONFIGURATION, "configuration " + file
                        + " is empty or not a YAML mapping (expected buchhaltungsbutler:, accountview:, flows: ...)");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, "configuration file " + file.toAbsolutePath()
                    + " not found: give one with --config FILE (or LEDGERBRIDGE_CONFIG), or run 'ledgerbridge "
                    + "emulators' for a ready-made one");
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new CliFailure(ExitCode.CONFIGURATION, "configuration " + file + " is not valid YAML" + where
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, "configuration " + file + " cannot be read: " + e);
        }
    }

    /** Setting -> String (text) or Secret, from the file, then the environment. */
    private Map<Setting, Object> values(JsonNode root) {
        Map<Setting, Object> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> top = root.fields();
        while (top.hasNext()) {
            Map.Entry<String, JsonNode> e = top.next();
            if (!e.getKey().equals("flows")) {
                walk(e.getKey(), e.getValue(), values);
            }
        }
        for (Setting s : Setting.values()) {
            String fromEnv = env.get(s.environmentVariable());
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(s, s.secret() ? secret(s, fromEnv, "environment variable " + s.environmentVariable())
                        : fromEnv.strip());
            }
        }
        values.values().removeIf(v -> v == null);
        return values;
    }

    private void walk(String path, JsonNode node, Map<Setting, Object> values) {
        Setting setting = Setting.byPath(path);
        if (setting != null) {
            values.put(setting, setting.secret() ? secretReference(setting, node) : text(path, node));
        } else if (node.isObject() && Setting.isSection(path)) {
            node.fields().forEachRemaining(e -> walk(path + "." + e.getKey(), e.getValue(), values));
        } else if (!node.isNull()) {
            problems.add(path + ": unknown setting" + (node.isObject() ? " section" : "")
                    + " (check the spelling; the README lists every setting)");
        }
    }

    private String text(String path, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            problems.add(path + ": must be a single value (was a " + (node.isObject() ? "mapping" : "list") + ")");
            return null;
        }
        return node.asText().strip();
    }

    private Secret secretReference(Setting s, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            problems.add(s.path() + ": a secret must not be written into the configuration file (was a literal "
                    + "value, not shown); use {env: VARIABLE} or {file: path}, or set " + s.environmentVariable());
            return null;
        }
        if (node.isObject() && node.size() == 1 && node.path("env").isTextual()) {
            String name = node.get("env").asText().strip();
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                problems.add(s.path() + ": environment variable " + name + " is not set (or empty)");
                return null;
            }
            return secret(s, value, "environment variable " + name);
        }
        if (node.isObject() && node.size() == 1 && node.path("file").isTextual()) {
            return secretFile(s, directory.resolve(node.get("file").asText().strip()));
        }
        problems.add(s.path() + ": must be {env: VARIABLE} or {file: path}");
        return null;
    }

    private Secret secretFile(Setting s, Path file) {
        try {
            if (Files.size(file) > MAX_SECRET_BYTES) {
                problems.add(s.path() + ": secret file " + file + " is larger than " + MAX_SECRET_BYTES + " bytes");
                return null;
            }
            return secret(s, Files.readString(file, StandardCharsets.UTF_8), "file " + file);
        } catch (IOException e) {
            problems.add(s.path() + ": cannot read secret file " + file + " (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private Secret secret(Setting s, String value, String source) {
        try {
            return Secret.of(value);
        } catch (IllegalArgumentException e) {
            problems.add(s.path() + ": " + e.getMessage() + " (from " + source + ")");
            return null;
        }
    }
}
