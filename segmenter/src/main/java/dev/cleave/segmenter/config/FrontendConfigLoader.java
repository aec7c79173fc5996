package dev.cleave.segmenter.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cleave.segmenter.BuildException;

/**
 * Checks the {@code "frontend"} key of a project file and finds the page's entry script. Every
 * message names the project file, the key and the fix.
 */
final class FrontendConfigLoader {
    /** The key as written in the project file. */
    record FrontendFile(String index) {}

    private FrontendConfigLoader() {}

    static FrontendConfig load(FrontendFile raw, ProjectConfig project, String shown) {
        if (raw.index() == null || raw.index().isBlank()) {
            throw new BuildException(shown + ": \"frontend\" needs \"index\", the path of the front end's page"
                    + " — write \"frontend\": { \"index\": \"./webui/index.html\" }");
        }
        Path index = project.root().resolve(raw.index()).toAbsolutePath().normalize();
        String key = shown + ": \"frontend\" → \"index\" '" + raw.index() + "'";
        if (!Files.isRegularFile(index)) {
            throw new BuildException(key + " does not exist (looked for " + project.display(index) + ")"
                    + " — fix the path (relative to " + shown + ") or create the page");
        }
        Path folder = index.getParent();
        if (!folder.startsWith(project.root()) || folder.equals(project.root()) || folder.equals(project.source())
                || folder.startsWith(project.target()) || project.target().startsWith(folder)
                || folder.startsWith(project.segments())) {
            throw new BuildException(key + " must be in a folder of its own inside the project (not the project folder,"
                    + " not the source folder itself, not in or around the target folder, not in the segments folder), because the files next to it"
                    + " go into the release — move it to a folder such as ./webui");
        }
        return new FrontendConfig(index, script(index, project));
    }

    private static Path script(Path index, ProjectConfig project) {
        String page = project.display(index);
        List<String> scripts = new IndexPage(read(index)).moduleScripts();
        if (scripts.isEmpty()) {
            throw new BuildException(page + ": no <script type=\"module\" src=\"...\"> — add the front end's entry script,"
                    + " e.g. <script type=\"module\" src=\"./main.ts\"></script>");
        }
        if (scripts.size() > 1) {
            throw new BuildException(page + ": " + scripts.size() + " module scripts " + scripts + " — keep one entry"
                    + " script and import the others from it");
        }
        String src = scripts.getFirst();
        if (!IndexPage.isRelative(src)) {
            throw new BuildException(page + ": the module script '" + src + "' is not a relative path — write it"
                    + " relative to the page, e.g. src=\"./main.ts\"");
        }
        Path script = index.getParent().resolve(src.split("[?#]")[0]).normalize();
        if (!Files.isRegularFile(script)) {
            throw new BuildException(page + ": the module script '" + src + "' does not exist (looked for "
                    + project.display(script) + ") — fix the src or create the script");
        }
        if (!script.startsWith(project.root())) {
            throw new BuildException(page + ": the module script '" + src + "' is outside the project folder — move it"
                    + " into the project");
        }
        return script;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
