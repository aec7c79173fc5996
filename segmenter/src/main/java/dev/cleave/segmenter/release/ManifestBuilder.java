package dev.cleave.segmenter.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.cleave.runtime.release.Manifest;
import dev.cleave.segmenter.analysis.Parameter;
import dev.cleave.segmenter.plan.ReleasePlan;
import dev.cleave.segmenter.plan.SegmentPlan;

/** Makes the {@link Manifest} of a plan and writes it as indented JSON. */
final class ManifestBuilder {
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestBuilder() {}

    static Manifest build(String id, ReleasePlan plan, Map<String, TreeContent> trees, String nodeModules,
                          List<String> common) {
        Map<String, Manifest.Segment> segments = new LinkedHashMap<>();
        for (SegmentPlan segment : plan.segments()) {
            TreeContent tree = trees.get(segment.name());
            segments.put(segment.name(), new Manifest.Segment(segment.members(), tree.shared(), tree.remotes(),
                    segment.procedures(), segment.classes()));
        }
        Map<String, Manifest.Procedure> procedures = new LinkedHashMap<>();
        plan.procedures().forEach((fqn, procedure) -> procedures.put(fqn, new Manifest.Procedure(
                List.copyOf(procedure.segments()),
                procedure.versions().stream().map(v -> new Manifest.ProcedureVersion(v.version().toString(),
                        v.access().text(), v.module(), v.export(),
                        v.function().parameters().stream().map(ManifestBuilder::parameter).toList(),
                        v.idempotent() ? Boolean.TRUE : null)).toList())));
        Map<String, Manifest.RegisteredClass> classes = new LinkedHashMap<>();
        plan.classes().forEach((key, c) -> classes.put(key, new Manifest.RegisteredClass(c.module(), c.export(),
                List.copyOf(c.segments()), c.constructorParameters())));
        return new Manifest(Manifest.FORMAT, id, segments, procedures, classes, plan.resources(), common, nodeModules);
    }

    private static Manifest.Parameter parameter(Parameter p) {
        String pattern = p.pattern() == Parameter.Pattern.NONE ? null : p.pattern().name().toLowerCase(Locale.ROOT);
        return new Manifest.Parameter(p.name(), p.optional(), p.rest(), pattern, p.keys());
    }

    static String json(Manifest manifest) {
        try {
            return JSON.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
    }
}
