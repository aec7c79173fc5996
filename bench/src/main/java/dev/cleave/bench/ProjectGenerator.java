package dev.cleave.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic TypeScript project for build benchmarks: {@code segments} segments of
 * procedure modules, and shared modules that the procedures import. Every procedure module imports
 * two shared modules and one procedure of the next segment, so the build has shared copies and
 * remote modules to make. Run it alone to get a project to build by hand:
 * {@code ./cleave java bench dev.cleave.bench.ProjectGenerator /tmp/p500 500}.
 */
public final class ProjectGenerator {
    static final int SEGMENTS = 10;

    private ProjectGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ProjectGenerator <folder> <module count>");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + args[1] + " modules to " + args[0]);
    }

    /** Writes a project of {@code modules} modules (at least 2 per segment) into {@code root}. */
    public static void write(Path root, int modules) throws IOException {
        int shared = Math.max(2, modules / 5);
        int perSegment = (modules - shared) / SEGMENTS;
        Files.createDirectories(root.resolve("segments"));
        Files.writeString(root.resolve("cleave.json"), "{ \"source\": \"./src\", \"target\": \"./dist\" }\n");
        for (int s = 0; s < shared; s++) {
            write(root.resolve("src/shared/util" + s + ".ts"), sharedModule(s));
        }
        for (int segment = 0; segment < SEGMENTS; segment++) {
            List<String> entries = new ArrayList<>();
            for (int p = 0; p < perSegment; p++) {
                write(root.resolve("src/seg" + segment + "/proc" + p + ".ts"), procedure(segment, p, shared, perSegment));
                entries.add("  \"./seg" + segment + "/proc" + p + "\": { \"default\": { \"access\": \"public\", \"version\": \"1."
                        + p % 3 + "\" } }");
            }
            write(root.resolve("segments/seg" + segment + ".json"), "{\n" + String.join(",\n", entries) + "\n}\n");
        }
    }

    /** The module the incremental benchmark edits. */
    public static Path editedModule(Path root) {
        return root.resolve("src/seg0/proc0.ts");
    }

    private static String sharedModule(int s) {
        return """
                export interface Item%1$d { id: number; name: string; tags?: string[] }

                export function format%1$d(item: Item%1$d): string {
                    const tags = (item.tags ?? []).map((tag) => `#${tag}`).join(' ');
                    return `${item.id}: ${item.name.trim()} ${tags}`.trim();
                }

                export const LIMIT_%1$d = %1$d * 10;
                """.formatted(s);
    }

    private static String procedure(int segment, int p, int shared, int perSegment) {
        int a = (segment * perSegment + p) % shared;
        int b = (a + 7) % shared;
        int next = (segment + 1) % SEGMENTS;
        return """
                import { format%1$d, LIMIT_%1$d, type Item%1$d } from '../shared/util%1$d';
                import { format%2$d } from '../shared/util%2$d';
                import remote from '../seg%3$d/proc%4$d';

                type Options = { limit?: number; verbose?: boolean };

                /** Procedure %4$d of segment %5$d. */
                export default async function proc%4$d(id: number, { limit = LIMIT_%1$d, verbose }: Options = {},
                                                       ...names: string[]): Promise<string> {
                    const item: Item%1$d = { id, name: names.join(' ') || 'item', tags: verbose ? ['v'] : [] };
                    if (id > limit) {
                        return format%2$d({ id: limit, name: 'limited' });
                    }
                    return id %% 2 === 0 ? format%1$d(item) : String(await remote(id + 1));
                }
                """.formatted(a, b, next, p, segment);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
