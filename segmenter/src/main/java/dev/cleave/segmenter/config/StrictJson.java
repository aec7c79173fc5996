package dev.cleave.segmenter.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.cleave.segmenter.BuildException;

/**
 * The one way project files are read: Jackson into records, unknown keys and duplicate keys
 * fail, and every failure becomes a message that names the file, the place in it and the fix.
 */
final class StrictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StrictJson() {}

    /**
     * Reads {@code file} as {@code type}.
     *
     * @param shown    how messages name the file
     * @param expected what the file should contain, for messages ("keys are source, target, ...")
     */
    static <T> T read(Path file, String shown, TypeReference<T> type, String expected) {
        try {
            T value = MAPPER.readValue(Files.readAllBytes(file), type);
            if (value == null) {
                throw new BuildException(shown + ": the file holds 'null' — write " + expected);
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new BuildException(shown + ": file not found — create it or point to another file");
        } catch (UnrecognizedPropertyException e) {
            String where = place(e.getPath().subList(0, e.getPath().size() - 1));
            throw new BuildException(shown + ": unknown key '" + e.getPropertyName() + "'" + where
                    + " — the allowed keys are " + allowed(e) + "; remove or rename it");
        } catch (JsonMappingException e) {
            throw new BuildException(shown + ": " + e.getOriginalMessage().split("\n")[0] + place(e.getPath())
                    + " — the file should contain " + expected);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String at = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new BuildException(shown + at + ": not valid JSON (" + e.getOriginalMessage().split("\n")[0]
                    + ") — fix the JSON syntax");
        } catch (IOException e) {
            throw new BuildException(shown + ": cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static String allowed(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** " in './post/getPost' → 'default'" for a path of object keys; empty at the top level. */
    private static String place(List<JsonMappingException.Reference> path) {
        List<String> keys = path.stream()
                .map(r -> r.getFieldName() != null ? "'" + r.getFieldName() + "'" : "[" + r.getIndex() + "]")
                .toList();
        return keys.isEmpty() ? "" : " in " + String.join(" → ", keys);
    }
}
