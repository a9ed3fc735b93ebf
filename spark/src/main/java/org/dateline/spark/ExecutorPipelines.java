package org.dateline.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.Pipeline;

/**
 * One {@link Pipeline} per executor JVM and settings, shared by the tasks it runs at once: the pipeline is
 * thread-safe, and building one (the gazetteer, the models) costs seconds, so no task builds its own.
 */
final class ExecutorPipelines {
    private static final Map<JobSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    static {
        JdkStax.use();
    }

    private ExecutorPipelines() { }

    /** The executor's pipeline for these settings; the first task to ask builds it while the others wait. */
    static Pipeline get(JobSettings settings) {
        return PIPELINES.computeIfAbsent(settings, JobSettings::pipeline);
    }
}
