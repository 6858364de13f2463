package org.recstudio.app.studio.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.AlgorithmSpec;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.Protocol;
import org.recstudio.engine.eval.SegmentSpec;
import org.recstudio.engine.eval.TuningSpec;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ParamsBinder;

/**
 * The setup form of the Evaluate screen: protocol, tie rule, N, cutoffs, ticked algorithms, baseline, seed and param
 * overrides, validated on every edit, and the {@link EvaluationRequest} it describes (full ranking, 1000 bootstrap
 * resamples at 95%, default segments plus every user attribute).
 */
public final class EvaluateSetup {

    static final String DEFAULT_SEED = "42";
    static final String DEFAULT_KS = "10,20";
    private static final List<String> PRESELECTED = List.of("popularity", "itemknn");

    private final ObjectProperty<ProtocolChoice> protocol =
            new SimpleObjectProperty<>(this, "protocol", ProtocolChoice.LEAVE_LAST_OUT);
    private final ObjectProperty<TieRule> ties = new SimpleObjectProperty<>(this, "ties", TieRule.ITEM_ID);
    private final StringProperty heldOut = new SimpleStringProperty(this, "heldOut", "3");
    private final StringProperty ks = new SimpleStringProperty(this, "ks", DEFAULT_KS);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", DEFAULT_SEED);
    private final StringProperty params = new SimpleStringProperty(this, "params", "");
    private final ObservableList<AlgorithmChoice> algorithms = FXCollections.observableArrayList();
    private final ObservableList<String> baselines = FXCollections.observableArrayList();
    private final ObjectProperty<String> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    EvaluateSetup() {
        for (String name : Algorithms.names()) {
            AlgorithmChoice c = new AlgorithmChoice(name, PRESELECTED.contains(name));
            c.selectedProperty().addListener((obs, old, now) -> {
                updateBaselines();
                validate();
            });
            algorithms.add(c);
        }
        updateBaselines();
        protocol.addListener((obs, old, now) -> validate());
        heldOut.addListener((obs, old, now) -> validate());
        ks.addListener((obs, old, now) -> validate());
        seed.addListener((obs, old, now) -> validate());
        params.addListener((obs, old, now) -> validate());
        validate();
    }

    private void updateBaselines() {
        List<String> chosen = chosen();
        if (!baselines.equals(chosen)) {
            String keep = baseline.get();
            baselines.setAll(chosen);
            baseline.set(keep != null && chosen.contains(keep) ? keep : chosen.isEmpty() ? null : chosen.getFirst());
        }
    }

    private List<String> chosen() {
        return algorithms.stream().filter(a -> a.selectedProperty().get()).map(AlgorithmChoice::name).toList();
    }

    private void validate() {
        formError.set(problem());
    }

    private String problem() {
        if (chosen().isEmpty()) {
            return "Tick at least one algorithm to evaluate.";
        }
        try {
            cutoffs();
            seedValue();
            if (protocol.get() == ProtocolChoice.LEAVE_LAST_N) {
                heldOutValue();
            }
            overrides();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return "";
    }

    List<Integer> cutoffs() {
        List<Integer> out = new ArrayList<>();
        String text = ks.get() == null ? "" : ks.get().strip();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int k = Integer.parseInt(part);
                if (k < 1 || k > 1000) {
                    throw new NumberFormatException();
                }
                out.add(k);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Cutoff '" + part + "' is not a whole number from 1 to 1000; "
                        + "write cutoffs like 10,20.");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Enter at least one cutoff K, e.g. 10,20.");
        }
        return out;
    }

    private long seedValue() {
        String s = seed.get() == null ? "" : seed.get().strip();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, got '" + s + "'.");
        }
    }

    private int heldOutValue() {
        String s = heldOut.get() == null ? "" : heldOut.get().strip();
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("N (interactions held out per user) must be a whole number >= 1, got '"
                + s + "'.");
    }

    /** The param overrides by algorithm, checked against each algorithm's params record. */
    Map<String, Map<String, String>> overrides() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        String text = params.get() == null ? "" : params.get().strip();
        for (String o : text.split("[,;\\s]+")) {
            if (o.isEmpty()) {
                continue;
            }
            int eq = o.indexOf('=');
            int dot = o.indexOf('.');
            if (eq < 0 || dot < 1 || dot > eq) {
                throw new IllegalArgumentException("Param override '" + o + "' must look like ALGORITHM.KEY=VALUE, "
                        + "e.g. itemknn.neighbours=50.");
            }
            String alg = o.substring(0, dot);
            if (!chosen().contains(alg)) {
                throw new IllegalArgumentException("Param override '" + o + "' names '" + alg + "', which is not "
                        + "ticked; ticked: " + String.join(", ", chosen()) + ".");
            }
            out.computeIfAbsent(alg, k -> new LinkedHashMap<>()).put(o.substring(dot + 1, eq), o.substring(eq + 1));
        }
        out.forEach((alg, values) -> ParamsBinder.bind(Algorithms.byName(alg), values));
        return out;
    }

    /** The request the current setup describes on {@code data}; call only while the form is valid. */
    EvaluationRequest request(Dataset data) {
        ProtocolChoice p = protocol.get();
        Protocol prot = new Protocol(List.of(), p.splitter(data, ties.get(),
                p == ProtocolChoice.LEAVE_LAST_N ? heldOutValue() : 1), Double.NaN, 0);
        Map<String, Map<String, String>> byAlg = overrides();
        List<AlgorithmSpec> specs = chosen().stream()
                .map(a -> AlgorithmSpec.of(a, byAlg.getOrDefault(a, Map.of()))).toList();
        return new EvaluationRequest(data, prot, specs, cutoffs(), baseline.get(), TuningSpec.none(),
                SegmentSpec.defaults().withAttributes(attributes(data)), 1000, 0.95, seedValue(),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** The user attribute keys to break down by: those of the first users that have attributes. */
    static List<String> attributes(Dataset data) {
        if (!data.hasMetadata()) {
            return List.of();
        }
        java.util.Set<String> keys = new java.util.TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int u = 0; u < Math.min(50, data.userCount()); u++) {
            String attrs = data.user(u).attributes();
            if (attrs == null || attrs.isBlank()) {
                continue;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode node = json.readTree(attrs);
                node.fieldNames().forEachRemaining(k -> {
                    if (node.get(k).isValueNode()) {
                        keys.add(k);
                    }
                });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("user '" + data.users().id(u) + "' has attributes that are not "
                        + "JSON: " + e.getOriginalMessage(), e);
            }
        }
        return List.copyOf(keys);
    }

    public ObjectProperty<ProtocolChoice> protocolProperty() {
        return protocol;
    }

    public ObjectProperty<TieRule> tiesProperty() {
        return ties;
    }

    /** N of leave-last-N, as typed. */
    public StringProperty heldOutProperty() {
        return heldOut;
    }

    /** The cutoffs as typed, e.g. "10,20". */
    public StringProperty ksProperty() {
        return ks;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Param overrides as typed, e.g. "itemknn.neighbours=50 als.factors=32". */
    public StringProperty paramsProperty() {
        return params;
    }

    /** The registered algorithms with their check boxes. */
    public ObservableList<AlgorithmChoice> algorithms() {
        return algorithms;
    }

    /** The ticked algorithms, the baseline's choices. */
    public ObservableList<String> baselines() {
        return baselines;
    }

    public ObjectProperty<String> baselineProperty() {
        return baseline;
    }

    /** What is wrong with the setup ("" when it can run). */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }
}
