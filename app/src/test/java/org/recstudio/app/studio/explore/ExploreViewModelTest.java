package org.recstudio.app.studio.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.TestData;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.workspace.Workspace;

/** The explorer's view model on a real workspace, without the FX toolkit: tasks run synchronously. */
class ExploreViewModelTest {

    @TempDir Path dir;
    private Workspace ws;
    private WorkspaceModel model;
    private ExploreViewModel vm;

    @BeforeEach void open() {
        ws = Workspace.open(dir, "test");
        TestData.shop(ws, "shop", 120, 200, 3_000, 1);
        TestData.shop(ws, "archive", 10, 10, 50, 2);
        TaskRunner tasks = new TaskRunner(Runnable::run, Runnable::run);
        model = new WorkspaceModel(ws, tasks);
        vm = new ExploreViewModel(ws, tasks, model);
        model.refresh();
    }

    @AfterEach void close() {
        ws.close();
    }

    private String kpi(String title) {
        return vm.kpis().stream().filter(k -> k.title().equals(title)).findFirst().orElseThrow().value();
    }

    @Test void loadsOnlyWhileShownAndShowsTheWorkspaceCounts() {
        assertEquals("archive", model.selectedProperty().get(), "the first dataset by name");
        assertNull(vm.snapshotProperty().get(), "nothing is loaded while the screen is hidden");
        vm.setActive(true);
        assertNotNull(vm.snapshotProperty().get());
        model.selectedProperty().set("shop");
        DatasetInfo shop = ws.datasets().require("shop");
        assertEquals(Formats.count(shop.users()), kpi("Users"));
        assertEquals(Formats.count(shop.items()), kpi("Items"));
        assertEquals(Formats.count(shop.interactions()), kpi("Interactions"));
        assertEquals("4", kpi("Event types"));
        assertTrue(vm.headlineProperty().get().startsWith("The top 20% of items (40) hold "));
        assertEquals("shop \u00b7 version 1", vm.statusProperty().get());
        assertFalse(vm.loadingProperty().get());
    }

    @Test void filtersItemsAndUsersByText() {
        vm.setActive(true);
        model.selectedProperty().set("shop");
        int all = vm.items().size();
        assertEquals(200, all);
        vm.itemFilterProperty().set("  STOVE ");
        assertFalse(vm.items().isEmpty());
        assertTrue(vm.items().stream().allMatch(i -> i.title().toLowerCase(Locale.ROOT).contains("stove")));
        assertEquals(Formats.count(vm.items().size()) + " of 200 items", vm.itemCountProperty().get());
        vm.itemFilterProperty().set("");
        assertEquals(all, vm.items().size());
        vm.userFilterProperty().set("\"country\":\"SE\"");
        assertTrue(vm.users().stream().allMatch(u -> u.attributes().contains("\"SE\"")));
        assertTrue(vm.users().size() < 120);
    }

    @Test void selectingAnItemOrUserListsTheirInteractionsNewestFirst() {
        vm.setActive(true);
        model.selectedProperty().set("shop");
        ItemRow top = vm.items().getFirst();
        assertTrue(vm.items().stream().allMatch(i -> i.interactions() <= top.interactions()), "most popular first");
        vm.selectedItemProperty().set(top);
        assertEquals(top.interactions(), vm.itemInteractions().size());
        for (int k = 1; k < vm.itemInteractions().size(); k++) {
            assertTrue(vm.itemInteractions().get(k - 1).time().compareTo(vm.itemInteractions().get(k).time()) >= 0);
        }
        assertTrue(vm.itemInteractionsTitleProperty().get().startsWith("Item " + top.id()));
        UserRow user = vm.users().getFirst();
        vm.selectedUserProperty().set(user);
        assertEquals(user.interactions(), vm.userInteractions().size());
        assertFalse(vm.userInteractions().getFirst().counterpartTitle().isEmpty(), "item titles are shown");
    }

    @Test void anImportThatChangesTheDatasetReloadsIt() {
        vm.setActive(true);
        model.selectedProperty().set("shop");
        long before = ws.datasets().require("shop").interactions();
        try (DatasetWriter w = DatasetWriter.begin(ws, "shop", "interactions", "more.csv", "more")) {
            w.addInteraction(w.userOrNew("newcomer"), w.itemOrPlaceholder("p0001"), w.eventCode("view"), Float.NaN,
                    1_735_000_000_000L, null);
            w.commit(1, 0, null, null);
        }
        model.refresh();
        assertEquals(Formats.count(before + 1), kpi("Interactions"));
        assertEquals("shop \u00b7 version 2", vm.statusProperty().get());
    }

    @Test void aWorkspaceWithoutDatasetsSaysSo() {
        ws.datasets().delete("shop");
        ws.datasets().delete("archive");
        model.refresh();
        vm.setActive(true);
        assertNull(vm.snapshotProperty().get());
        assertTrue(vm.statusProperty().get().contains("no datasets yet"), vm.statusProperty().get());
    }
}
