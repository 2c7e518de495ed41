/**
 * The versioned JSON document of analyses (format {@code spc-analysis}, version 1; see the repository's
 * {@code docs/json.md}): {@link dev.spc.io.json.AnalysisJson} writes it and reads it back to equal analyses,
 * rechecking every number; its JSON Schema ships in this jar ({@link dev.spc.io.json.AnalysisJson#schema()}).
 * A document that cannot be read is an {@link dev.spc.io.json.AnalysisJsonException}.
 */
package dev.spc.io.json;
