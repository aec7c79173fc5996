/**
 * The project's JSON files read strictly into records: {@code cleave.json} or {@code jitar.json},
 * {@code segments/*.json} and {@code resources/*.json}. An unknown key, a bad value or a missing
 * folder is a {@link dev.cleave.segmenter.BuildException} that names the file and the key.
 * Paths in messages are relative to the project folder (the folder of the config file).
 */
package dev.cleave.segmenter.config;
