package dev.benchlens.bench.ab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.Knobs;
import dev.benchlens.bench.kernels.SimdKernels;
import dev.benchlens.bench.suite.ArtifactFiles;
import dev.benchlens.bench.suite.JvmFlags;
import dev.benchlens.bench.suite.MachineFacts;
import dev.benchlens.bench.suite.ProgressFormat;
import dev.benchlens.bench.suite.RunAssembly;
import dev.benchlens.bench.suite.SuitePlan;
import dev.benchlens.check.PairedGate.Judged;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.io.AtomicFiles;
import dev.benchlens.match.CaseKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an interleaved run as one folder in the usual layout: {@code base.json} and {@code head.json} (each with
 * its {@code .metadata.json}), two runs that {@code report}, {@code compare}, {@code check} and the explorer read
 * like any others, each named by its commit; and {@code interleaving.ab.json}, the record of how they were made:
 * seed, every round's order, every fork's samples and contention, and the verdicts.
 */
final class AbArtifact {

    static final String RECORD_NAME = "interleaving";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the folder records about how the run was made. */
    record Context(
            SuitePlan plan,
            List<Implementation> impls,
            Implementation candidate,
            Map<Side, Revision> revisions,
            long seed,
            int confirmRounds,
            double thresholdPercent,
            Map<String, String> env,
            Instant started) {}

    private AbArtifact() {}

    /** A new folder {@code ab_<UTC time>} under {@code out} ({@code _2}, {@code _3}... when it exists). */
    static Path folder(Path out, Instant started) throws IOException {
        String base = "ab_" + STAMP.format(started);
        Path folder = out.resolve(base);
        for (int n = 2; Files.exists(folder); n++) {
            folder = out.resolve(base + "_" + n);
        }
        Files.createDirectories(folder);
        return folder;
    }

    static void write(Path folder, Context context, AbRunner.Outcome outcome) throws IOException {
        List<Fork> counted = AbRunner.counted(outcome.forks());
        for (Side side : Side.values()) {
            ArtifactFiles.named(folder, side.label()).write(run(context, side, counted, outcome.forks()), null);
        }
        AtomicFiles.writeString(
                folder.resolve(RECORD_NAME + ArtifactNames.AB_RECORD_SUFFIX),
                ArtifactJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(record(context, outcome)));
    }

    private static Run run(Context context, Side side, List<Fork> counted, List<Fork> all) {
        Map<CaseKey, List<Double>> samples = new LinkedHashMap<>();
        Map<CaseKey, String> units = new LinkedHashMap<>();
        for (Fork fork : counted) {
            if (fork.side() == side && fork.measurement() != null) {
                samples.computeIfAbsent(fork.key(), k -> new ArrayList<>())
                        .addAll(fork.measurement().raw());
                units.put(fork.key(), fork.measurement().unit());
            }
        }
        Map<CaseKey, Measurement> measured = new LinkedHashMap<>();
        samples.forEach(
                (key, raw) -> measured.put(key, Measurement.ofSamples(key.implementation(), units.get(key), raw)));
        Implementation reference = context.impls().contains(Implementation.EJML) ? Implementation.EJML : null;
        List<String> warnings = new ArrayList<>();
        for (Fork fork : all) {
            if (fork.side() != side) {
                continue;
            }
            String where = ProgressFormat.describe(fork.key()) + ", round " + fork.round() + " block " + fork.block()
                    + (fork.rerun() ? " (run again)" : "");
            if (fork.contention().heavy()) {
                warnings.add(where + ": the fork ran under heavy contention ("
                        + fork.contention().describe() + ")"
                        + (fork.rerun() ? "; kept, as a block is run again only once" : "; its block was run again"));
            }
            if (fork.failure() != null) {
                warnings.add(where + ": " + fork.failure());
            }
        }
        return new Run(
                "",
                metadata(context, side),
                RunAssembly.cases(context.plan(), measured, context.impls(), context.candidate(), reference),
                warnings);
    }

    private static RunMetadata metadata(Context context, Side side) {
        Revision revision = context.revisions().get(side);
        MachineFacts facts = new MachineFacts(context.env(), Path.of("/"));
        Knobs knobs = Knobs.from(context.env());
        Map<String, String> extra = new TreeMap<>();
        extra.put(RunMetadata.RUN_NAME, revision.runName());
        extra.put("suite", context.plan().name());
        extra.put("candidate", context.candidate().label());
        extra.put("ab_side", side.label());
        extra.put("ab_seed", Long.toString(context.seed()));
        extra.put(
                "ab_other",
                context.revisions()
                        .get(side == Side.BASE ? Side.HEAD : Side.BASE)
                        .runName());
        extra.put("threads", Integer.toString(knobs.threads()));
        if (context.impls().contains(Implementation.EJML)) {
            extra.put("reference", Implementation.EJML.label());
        }
        return new RunMetadata(
                RunSource.of(context.env().getOrDefault("BENCHLENS_SOURCE", RunSource.LOCAL.label())),
                knobs.simd(),
                facts.host(),
                facts.container(),
                JvmFlags.forkJvm(context.env()),
                SimdKernels.vectorBits(),
                null,
                Knobs.environmentOf(context.env()),
                new RunMetadata.Git(revision.commit(), revision.refName()),
                facts.ci(),
                context.started(),
                Instant.now(),
                context.plan().harness("JMH (benchlens ab: forks of both sides interleaved)"),
                extra);
    }

    private static ObjectNode record(Context context, AbRunner.Outcome outcome) {
        ObjectNode root = ArtifactJson.mapper().createObjectNode();
        root.put("format", ArtifactNames.AB_RECORD_FORMAT);
        root.put("version", 1);
        root.put("seed", context.seed());
        root.put("forksPerSide", context.plan().forks());
        root.put("confirmRounds", context.confirmRounds());
        root.put("maxRegressionPercent", context.thresholdPercent());
        for (Side side : Side.values()) {
            Revision r = context.revisions().get(side);
            ObjectNode node = root.putObject(side.label());
            node.put("name", r.runName());
            node.put("commit", r.commit());
            node.put("ref", r.refName());
            node.put("checkout", r.checkout().toString());
            node.put("uncommittedChanges", r.dirty());
        }
        ArrayNode rounds = root.putArray("rounds");
        for (AbRunner.RoundPlan round : outcome.rounds()) {
            ObjectNode node = rounds.addObject();
            node.put("round", round.round());
            ArrayNode order = node.putArray("order");
            round.blocks()
                    .forEach(b -> order.addObject()
                            .put("benchmark", ProgressFormat.describe(b.key()))
                            .put("block", b.block())
                            .put("first", b.first().label()));
        }
        List<Fork> counted = AbRunner.counted(outcome.forks());
        ArrayNode forks = root.putArray("forks");
        for (Fork fork : outcome.forks()) {
            ObjectNode node = forks.addObject();
            node.put("side", fork.side().label());
            node.put("benchmark", ProgressFormat.describe(fork.key()));
            node.put("round", fork.round());
            node.put("block", fork.block());
            node.put("position", fork.position());
            node.put("rerun", fork.rerun());
            node.put("counted", counted.contains(fork));
            if (fork.measurement() != null) {
                node.put("unit", fork.measurement().unit());
                node.put("score", fork.score());
                ArrayNode raw = node.putArray("iterations");
                fork.measurement().raw().forEach(raw::add);
            } else {
                node.put("failure", fork.failure());
            }
            Contention c = fork.contention();
            ObjectNode machine = node.putObject("contention");
            machine.put("heavy", c.heavy());
            putNumber(machine, "othersCores", c.othersCores());
            putNumber(machine, "stealCores", c.stealCores());
            machine.put("cores", c.cores());
            machine.put("involuntarySwitches", c.involuntarySwitches());
            putNumber(machine, "loadAverage", c.loadAverage());
        }
        ArrayNode verdicts = root.putArray("verdicts");
        for (Judged judged : outcome.verdicts()) {
            ObjectNode node = verdicts.addObject();
            node.put("benchmark", ProgressFormat.describe(judged.row().key()));
            node.put("blocks", judged.row().blocks());
            putNumber(node, "ratio", judged.row().ratio());
            putNumber(node, "low", judged.row().low());
            putNumber(node, "high", judged.row().high());
            putNumber(node, "detectablePercent", judged.row().detectablePercent());
            node.put("verdict", judged.verdict().word());
            node.put("fails", judged.fails());
        }
        return root;
    }

    /** A number, or null where it is unknown or infinite (JSON has no such numbers). */
    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
