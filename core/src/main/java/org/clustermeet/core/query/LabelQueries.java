package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelHistory;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;

/**
 * Who holds which quality label on a day. Every question is answered with the label in force on
 * the day ({@link LabelHistory}): a newer assessment supersedes older labels from its assessment
 * month, so an organisation holds at most one label on any day. A view of one registry value: the indexes by level,
 * country and ecosystem are built on the first question that needs them and kept for the
 * view's life, so keep one view for many questions. Thread-safe.
 */
public final class LabelQueries {

    private final Registry registry;
    private volatile Indexes indexes;
    private final Map<LocalDate, Map<LabelLevel, Integer>> holderCounts = new ConcurrentHashMap<>();

    private LabelQueries(Registry registry) {
        this.registry = registry;
    }

    /**
     * Returns the label queries of a registry.
     *
     * @param registry the registry, not null
     * @return the view
     */
    public static LabelQueries of(Registry registry) {
        return new LabelQueries(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the cluster organisations whose label in force on a day is of at least a level.
     *
     * @param minimum the lowest acceptable level, not null
     * @param day     the day, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> holders(LabelLevel minimum, LocalDate day) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        List<List<Held>> candidates = new ArrayList<>();
        for (LabelLevel level : atLeast(minimum)) {
            candidates.add(indexes().byLevel.getOrDefault(level, List.of()));
        }
        return holdersOf(candidates, day);
    }

    /**
     * Returns the cluster organisations of one country whose label in force on a day is of at least a level.
     *
     * @param minimum the lowest acceptable level, not null
     * @param day     the day, not null
     * @param country the country, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> holders(LabelLevel minimum, LocalDate day, CountryCode country) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(country, "country");
        List<List<Held>> candidates = new ArrayList<>();
        for (LabelLevel level : atLeast(minimum)) {
            candidates.add(indexes().byLevelAndCountry.getOrDefault(level, Map.of()).getOrDefault(country, List.of()));
        }
        return holdersOf(candidates, day);
    }

    /**
     * Returns the cluster organisations covering an ecosystem whose label in force on a day is of
     * at least a level.
     *
     * @param minimum   the lowest acceptable level, not null
     * @param day       the day, not null
     * @param ecosystem the industrial ecosystem, not null
     * @return the holders, in id order
     */
    public List<ClusterOrganisation> holders(LabelLevel minimum, LocalDate day, IndustrialEcosystem ecosystem) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ecosystem, "ecosystem");
        List<List<Held>> candidates = new ArrayList<>();
        for (LabelLevel level : atLeast(minimum)) {
            candidates.add(indexes().byLevelAndEcosystem.getOrDefault(level, Map.of())
                    .getOrDefault(ecosystem, List.of()));
        }
        return holdersOf(candidates, day);
    }

    /**
     * Returns the label an organisation holds in force on a day. The first call indexes every
     * label by holder, so that the next ones are hash lookups.
     *
     * @param holder the organisation's id, not null
     * @param day    the day, not null
     * @return the label in force, or empty when none is
     */
    public Optional<QualityLabel> labelInForce(OrganisationId holder, LocalDate day) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(day, "day");
        return LabelHistory.inForce(indexes().labelsByHolder.getOrDefault(holder, List.of()), day);
    }

    /**
     * Returns the level of the label an organisation holds in force on a day.
     *
     * @param holder the organisation's id, not null
     * @param day    the day, not null
     * @return the level in force, or empty when no label is
     */
    public Optional<LabelLevel> levelInForce(OrganisationId holder, LocalDate day) {
        return labelInForce(holder, day).map(QualityLabel::level);
    }

    /**
     * Counts, for each level, the cluster organisations in the registry whose label in force on a
     * day is at least that level; counted once per day and view.
     *
     * @param day the day, not null
     * @return a map with every level
     */
    public Map<LabelLevel, Integer> holderCounts(LocalDate day) {
        return holderCounts.computeIfAbsent(Objects.requireNonNull(day, "day"),
                d -> LabelHistory.holdersAtLeast(indexes().labelsByHolder.values(), d));
    }

    private static List<LabelLevel> atLeast(LabelLevel minimum) {
        List<LabelLevel> levels = new ArrayList<>();
        for (LabelLevel level : LabelLevel.values()) {
            if (level.isAtLeast(minimum)) {
                levels.add(level);
            }
        }
        return levels;
    }

    /** The cluster organisations for which one of the labels is the one in force on a day, in id order, each once. */
    private static List<ClusterOrganisation> holdersOf(List<List<Held>> candidates, LocalDate day) {
        List<ClusterOrganisation> holders = new ArrayList<>();
        for (List<Held> list : candidates) {
            for (Held h : list) {
                if (h.label().isValidOn(day) && LabelHistory.inForce(h.holderLabels(), day).orElse(null) == h.label()) {
                    holders.add(h.holder());
                }
            }
        }
        // one label is in force for a holder on a day, so each holder is found once
        holders.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(holders);
    }

    private Indexes indexes() {
        Indexes i = indexes;
        if (i == null) {
            synchronized (this) {
                i = indexes;
                if (i == null) {
                    i = new Indexes(registry);
                    indexes = i;
                }
            }
        }
        return i;
    }

    /**
     * A label with what judging it needs at hand: its holder and every label the holder has, so
     * that a question over many labels looks nothing up per label.
     */
    private record Held(QualityLabel label, ClusterOrganisation holder, List<QualityLabel> holderLabels) {
    }

    /** The registry's labels by level, by level and country, by level and ecosystem, and by holder. */
    private static final class Indexes {
        final Map<OrganisationId, List<QualityLabel>> labelsByHolder = new HashMap<>();
        final Map<LabelLevel, List<Held>> byLevel = new EnumMap<>(LabelLevel.class);
        final Map<LabelLevel, Map<CountryCode, List<Held>>> byLevelAndCountry = new EnumMap<>(LabelLevel.class);
        final Map<LabelLevel, Map<IndustrialEcosystem, List<Held>>> byLevelAndEcosystem =
                new EnumMap<>(LabelLevel.class);

        Indexes(Registry registry) {
            Map<OrganisationId, ClusterOrganisation> clusters = new HashMap<>();
            for (Organisation o : registry.organisations()) {
                if (o instanceof ClusterOrganisation c) {
                    clusters.put(c.id(), c);
                }
            }
            for (QualityLabel l : registry.labels()) {
                labelsByHolder.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l);
            }
            // labels are held by cluster organisations only, as the registry's rules require
            for (QualityLabel l : registry.labels()) {
                ClusterOrganisation c = clusters.get(l.holder());
                Held held = new Held(l, c, labelsByHolder.get(l.holder()));
                byLevel.computeIfAbsent(l.level(), k -> new ArrayList<>()).add(held);
                byLevelAndCountry.computeIfAbsent(l.level(), k -> new HashMap<>())
                        .computeIfAbsent(c.country(), k -> new ArrayList<>()).add(held);
                for (IndustrialEcosystem e : c.ecosystems()) {
                    byLevelAndEcosystem.computeIfAbsent(l.level(), k -> new EnumMap<>(IndustrialEcosystem.class))
                            .computeIfAbsent(e, k -> new ArrayList<>()).add(held);
                }
            }
        }
    }
}
