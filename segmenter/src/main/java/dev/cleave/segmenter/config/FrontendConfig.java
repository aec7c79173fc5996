package dev.cleave.segmenter.config;

import java.nio.file.Path;

/**
 * The browser front end of a project ({@code "frontend"} in {@code cleave.json}): a page whose
 * {@code <script type="module" src>} is the entry of the browser bundle.
 *
 * @param index  the page, absolute; its folder is the front end's folder, whose other files
 *               (stylesheets, images) go into the release next to the bundle
 * @param script the page's module script, absolute (the {@code src} of its one
 *               {@code <script type="module">}, relative to the page)
 */
public record FrontendConfig(Path index, Path script) {
    public FrontendConfig {
        index = index.toAbsolutePath().normalize();
        script = script.toAbsolutePath().normalize();
    }

    /** The front end's folder: the folder of the page. */
    public Path folder() {
        return index.getParent();
    }
}
