package dev.cleave.segmenter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build made.
 *
 * @param target     the release folder
 * @param releaseId  the release's content hash
 * @param segments   the segment names
 * @param procedures the number of procedures (FQNs)
 * @param modules    the number of JavaScript files written
 * @param analysed   how many source files were analysed in this build (the rest came from the cache)
 * @param time       how long the build took
 * @param frontend   the files of the front end's folder in the release ({@code webui/}); empty without a front end
 * @param bundleSize the size of the browser bundle ({@code webui/app.js}) in bytes; 0 without a front end
 */
public record BuildResult(Path target, String releaseId, List<String> segments, int procedures, int modules,
                          long analysed, Duration time, int frontend, long bundleSize) {
    public BuildResult {
        segments = List.copyOf(segments);
    }

    /** A build without a front end. */
    public BuildResult(Path target, String releaseId, List<String> segments, int procedures, int modules,
                       long analysed, Duration time) {
        this(target, releaseId, segments, procedures, modules, analysed, time, 0, 0);
    }
}
