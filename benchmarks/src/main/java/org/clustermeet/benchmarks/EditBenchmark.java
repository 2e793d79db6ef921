package org.clustermeet.benchmarks;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.registry.IntegrityProblem;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.testkit.RegistryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one edit: replacing or adding an organisation, at 10,000 organisations with 100,000
 * registrations and at ten times that, beside a full validation of the same registry (what every
 * edit cost before edits checked only what they touch).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class EditBenchmark {

    /** Organisations in thousands; registrations are ten times as many. */
    @Param({"10", "100"})
    public int thousands;

    private Registry registry;
    private List<ClusterOrganisation> clusters;
    private long added;

    /** Generates the registry once per size. */
    @Setup(Level.Trial)
    public void setUp() {
        int organisations = thousands * 1_000;
        registry = RegistryGenerator.generate(new RegistryGenerator.Settings(organisations, thousands, organisations * 10,
                3L));
        clusters = registry.clusterOrganisations();
    }

    /**
     * Collects the garbage before each iteration. Generating the larger registry leaves gigabytes
     * to collect and a heap of several gigabytes to mark concurrently: on two cores that work ran
     * into the measured second and made one edit cost 1 to 20 us from one iteration to the next,
     * which the edit itself does not.
     */
    @Setup(Level.Iteration)
    public void settle() {
        System.gc();
    }

    /** Replaces a random cluster organisation by a copy with other member counts. */
    @Benchmark
    public Registry replaceOrganisation() {
        ClusterOrganisation c = clusters.get(ThreadLocalRandom.current().nextInt(clusters.size()));
        return registry.edit().put(c.withMembers(c.totalMembers() + 1, c.smeMembers())).apply();
    }

    /** Adds a new cluster organisation. */
    @Benchmark
    public Registry addOrganisation() {
        return registry.edit().put(ClusterOrganisation.builder(OrganisationId.of("benchmark-new-" + added++),
                "Benchmark cluster", CountryCode.of("PL")).members(10, 5).build()).apply();
    }

    /** A full validation of the registry. */
    @Benchmark
    public List<IntegrityProblem> fullValidation() {
        return registry.validate();
    }
}
