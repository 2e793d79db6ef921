package org.clustermeet.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelHistory;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registry.Registry;

/**
 * Every organisation of one registry value with its labels, found by id with one hash lookup and
 * numbered by rank in id order. A report looks up the organisation of every registration and the
 * labels of every cluster organisation taking part: one lookup serves both, and sorting ranks
 * instead of ids puts the organisations in id order without comparing their ids' texts. It also
 * counts the registry's label holders on a day, which every report's shares need, once per day.
 * Thread-safe once built.
 */
final class Directory {

    /** One organisation, its rank in id order, and every label it holds or held. */
    record Entry(int rank, Organisation organisation, List<QualityLabel> labels) {
    }

    private final Map<OrganisationId, Entry> byId;
    private final Entry[] byRank;
    /** The labels of each cluster organisation holding or having held one. */
    private final List<List<QualityLabel>> labelled = new ArrayList<>();
    private final Map<LocalDate, Map<LabelLevel, Integer>> holderCounts = new ConcurrentHashMap<>();

    Directory(Registry registry) {
        Map<OrganisationId, List<QualityLabel>> labels = new HashMap<>();
        for (QualityLabel l : registry.labels()) {
            labels.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l);
        }
        List<Organisation> organisations = registry.organisations();
        byId = new HashMap<>(organisations.size() * 4 / 3 + 1);
        byRank = new Entry[organisations.size()];
        int rank = 0;
        for (Organisation o : organisations) {
            // the lists are never changed once built, and never leave the package
            Entry entry = new Entry(rank, o, labels.getOrDefault(o.id(), List.of()));
            if (o instanceof ClusterOrganisation && !entry.labels().isEmpty()) {
                labelled.add(entry.labels());
            }
            byId.put(o.id(), entry);
            byRank[rank++] = entry;
        }
    }

    /** The organisation with an id, which the registry's integrity guarantees for every reference. */
    Entry entry(OrganisationId id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalStateException("the registry holds no organisation with id " + id);
        }
        return entry;
    }

    /** The organisation of a rank, from 0 in id order. */
    Entry entry(int rank) {
        return byRank[rank];
    }

    /**
     * For each level, the cluster organisations whose label in force on a day is at least that
     * level; counted once per day.
     */
    Map<LabelLevel, Integer> holderCounts(LocalDate day) {
        return holderCounts.computeIfAbsent(day, d -> LabelHistory.holdersAtLeast(labelled, d));
    }
}
