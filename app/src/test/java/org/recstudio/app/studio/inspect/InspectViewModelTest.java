package org.recstudio.app.studio.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/** The Inspect screen's view model on a real workspace with saved models, without the FX toolkit. */
class InspectViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private Dataset data;
    private InspectViewModel vm;

    @BeforeEach void open() {
        ws = Workspace.open(dir, "test");
        TestData.shop(ws, "shop", 150, 120, 3_000, 5);
        data = new DatasetLoader(ws).loadWithMetadata("shop", Progress.NONE);
        ModelStore store = new ModelStore(ws);
        store.save("pop", Algorithms.fit(Algorithms.byName("popularity"), data, Map.of(), 1, Progress.NONE));
        store.save("knn", Algorithms.fit(Algorithms.byName("itemknn"), data, Map.of("neighbours", "30"), 1,
                Progress.NONE));
        vm = new InspectViewModel(ws, new TaskRunner(Runnable::run, Runnable::run));
    }

    @AfterEach void close() {
        ws.close();
    }

    private Model model(String name) {
        return new ModelStore(ws).load(name);
    }

    private static List<String> ids(List<RecommendationRow> rows) {
        return rows.stream().map(RecommendationRow::itemId).toList();
    }

    @Test void listsTheModelsAndPicksTheNewestForA() {
        assertTrue(vm.modelNames().isEmpty(), "nothing is read while the screen is hidden");
        assertEquals("Pick a model to inspect.", vm.a().noteProperty().get());
        vm.setActive(true);
        assertEquals(List.of("knn", "pop"), vm.modelNames());
        assertEquals("knn", vm.a().modelProperty().get());
        assertTrue(vm.a().readyProperty().get());
        assertNull(vm.b().modelProperty().get());
        assertEquals("Pick a second model to compare side by side.", vm.b().noteProperty().get());
        assertEquals(150, vm.users().size());
        assertEquals(120, vm.items().size());
        assertTrue(vm.a().descriptionProperty().get().startsWith("itemknn on shop v1 \u00b7 fit "),
                vm.a().descriptionProperty().get());
    }

    @Test void showsExactlyEachModelsTopKForAUserLeavingOutTheirHistory() {
        vm.setActive(true);
        vm.a().modelProperty().set("knn");
        vm.b().modelProperty().set("pop");
        UserChoice top = vm.users().getFirst();
        assertTrue(top.interactions() >= vm.users().getLast().interactions(), "most active first");
        vm.selectedUserProperty().set(top);

        int u = data.users().indexOf(top.id());
        assertEquals(data.byUser().rowLength(u), vm.history().size());
        Set<String> history = new HashSet<>();
        vm.history().forEach(h -> history.add(h.itemId()));
        for (String name : List.of("knn", "pop")) {
            ModelSide side = name.equals("knn") ? vm.a() : vm.b();
            List<ScoredItem> expected = model(name).recommend(u, 10, ItemFilters.unseen(data.byUser(), u));
            assertEquals(expected.stream().map(s -> data.items().id(s.item())).toList(), ids(side.recommendations()),
                    name + " shows exactly the model's top 10");
            assertEquals(10, side.recommendations().size());
            assertTrue(side.recommendations().stream().noneMatch(r -> history.contains(r.itemId())),
                    "no item of the history is recommended");
            assertEquals(expected.getFirst().score(), side.recommendations().getFirst().score());
        }
        RecommendationRow first = vm.a().recommendations().getFirst();
        assertEquals(1, first.rank());
        assertEquals(data.item(data.items().indexOf(first.itemId())).title(), first.title());
        Explanation e = model("knn").explain(u, data.items().indexOf(first.itemId())).orElseThrow();
        assertTrue(first.why().startsWith(data.item(e.contributions().getFirst().item()).title() + ", "),
                "the strongest history items come first: " + first.why());
        assertTrue(first.details().startsWith("Similar to "), first.details());
        assertTrue(first.details().contains("\n\u2022 "), "the contributions are listed");
        assertTrue(vm.b().recommendations().getFirst().why().startsWith("Popular"));

        vm.kProperty().set(4);
        assertEquals(4, vm.a().recommendations().size());
        assertEquals(4, vm.b().recommendations().size());
        assertTrue(vm.historyTitleProperty().get().startsWith("History of " + top.id()));
    }

    @Test void similarItemsComeFromEachModelOrANoteSaysItHasNone() {
        vm.setActive(true);
        vm.a().modelProperty().set("knn");
        vm.b().modelProperty().set("pop");
        ItemChoice item = vm.items().getFirst();
        vm.selectedItemProperty().set(item);
        int i = data.items().indexOf(item.id());
        List<ScoredItem> expected = model("knn").similarItems(i, 10, j -> j != i);
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().map(s -> data.items().id(s.item())).toList(), ids(vm.a().similar()));
        assertEquals("", vm.a().similarNoteProperty().get());
        assertTrue(vm.b().similar().isEmpty());
        assertTrue(vm.b().similarNoteProperty().get().startsWith("Model pop does not define item similarity"),
                vm.b().similarNoteProperty().get());
        assertTrue(vm.itemTitleProperty().get().startsWith("Items similar to " + item.title()));
    }

    @Test void filtersUsersAndItemsAndClearsB() {
        vm.setActive(true);
        vm.userFilterProperty().set(" U004 ");
        assertEquals(10, vm.users().size());
        assertTrue(vm.users().stream().allMatch(u -> u.id().startsWith("u004")));
        vm.itemFilterProperty().set("stove");
        assertFalse(vm.items().isEmpty());
        assertTrue(vm.items().stream().allMatch(i -> i.title().toLowerCase(java.util.Locale.ROOT).contains("stove")));

        vm.b().modelProperty().set("pop");
        vm.selectedUserProperty().set(vm.users().getFirst());
        assertEquals(10, vm.b().recommendations().size());
        vm.b().modelProperty().set(null);
        assertTrue(vm.b().recommendations().isEmpty());
        assertEquals("Pick a second model to compare side by side.", vm.b().noteProperty().get());
        assertEquals(10, vm.a().recommendations().size(), "A is unaffected");
    }

    @Test void aUserOnlyInOneModelsDatasetGetsANoteFromTheOther() {
        TestData.shop(ws, "kiosk", 5, 8, 40, 9);
        Dataset kiosk = new DatasetLoader(ws).loadWithMetadata("kiosk", Progress.NONE);
        new ModelStore(ws).save("kiosk-pop", Algorithms.fit(Algorithms.byName("popularity"), kiosk, Map.of(), 1,
                Progress.NONE));
        vm.setActive(true);
        vm.a().modelProperty().set("knn");
        vm.b().modelProperty().set("kiosk-pop");
        vm.selectedUserProperty().set(vm.users().stream().filter(u -> u.id().equals("u0100")).findFirst()
                .orElseThrow());
        assertEquals(10, vm.a().recommendations().size());
        assertTrue(vm.b().recommendations().isEmpty());
        assertEquals("User u0100 is not in dataset kiosk of model kiosk-pop.", vm.b().noteProperty().get());
    }
}
