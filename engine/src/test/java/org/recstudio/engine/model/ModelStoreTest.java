package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.pop.PopularityModel;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;

class ModelStoreTest {

    private static final Dataset DATA = TestData.small();

    @TempDir Path dir;

    private static Model fit(String algorithm, Map<String, String> params) {
        return Algorithms.fit(Algorithms.byName(algorithm), DATA, params, 5, Progress.NONE);
    }

    @Test void savesListsLoadsAndDeletes() throws IOException {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            assertEquals(List.of(), store.list());
            Model pop = fit("popularity", Map.of());
            Model knn = fit("itemknn", Map.of("neighbours", "4"));
            StoredModel b = store.save("b-knn", knn);
            StoredModel a = store.save("a.pop", pop);
            assertEquals(List.of("a.pop", "b-knn"), store.list().stream().map(StoredModel::name).toList());
            assertEquals("itemknn", b.algorithm());
            assertEquals("test", b.dataset());
            assertEquals(DATA.info().version(), b.datasetVersion());
            assertEquals(DATA.fingerprint(), b.datasetFingerprint());
            assertEquals(knn.provenance(), b.provenance());
            assertEquals("4", b.provenance().params().get("neighbours"));
            assertEquals(w.artifacts().resolve("models").resolve(Integer.toString(b.id())).resolve("model.bin"),
                    b.artifact());
            assertTrue(Files.isRegularFile(b.artifact()));
            assertEquals(Files.size(b.artifact()), b.sizeBytes());
            assertEquals(64, a.sha256().length());
            assertFalse(Files.exists(b.artifact().resolveSibling("model.bin.tmp")));
            ModelContractTest.assertSameScores(pop, store.load("a.pop"), "pop");

            assertTrue(store.delete("b-knn"));
            assertFalse(store.delete("b-knn"));
            assertFalse(Files.exists(b.artifact().getParent()));
            assertEquals(List.of("a.pop"), store.list().stream().map(StoredModel::name).toList());
        }
    }

    @Test void modelsSurviveReopeningTheWorkspace() {
        Model m = fit("sequential", Map.of());
        try (Workspace w = Workspace.open(dir, "test")) {
            new ModelStore(w).save("seq", m);
        }
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelContractTest.assertSameScores(m, new ModelStore(w).load("seq"), "seq");
        }
    }

    @Test void aTakenNameIsRefusedUnlessReplacing() {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            StoredModel first = store.save("m", fit("popularity", Map.of()));
            StoreException e = assertThrows(StoreException.class, () -> store.save("m", fit("ease", Map.of())));
            assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--replace"),
                    e.getMessage());
            assertTrue(store.load("m") instanceof PopularityModel, "the refused save changed nothing");
            StoredModel second = store.save("m", fit("ease", Map.of()), true);
            assertEquals("ease", store.load("m").provenance().algorithm());
            assertEquals(1, store.list().size());
            assertFalse(Files.exists(first.artifact().getParent()), "the replaced model's files are removed");
            assertTrue(Files.exists(second.artifact()));
        }
    }

    @Test void invalidNamesAndUnknownModelsAreClearErrors() {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            StoreException e = assertThrows(StoreException.class, () -> store.save("../x", fit("popularity",
                    Map.of())));
            assertTrue(e.getMessage().contains("'../x' is not valid"), e.getMessage());
            store.save("there", fit("popularity", Map.of()));
            e = assertThrows(StoreException.class, () -> store.load("missing"));
            assertTrue(e.getMessage().contains("No model 'missing'") && e.getMessage().contains("[there]"),
                    e.getMessage());
        }
    }

    @Test void aFailingCodecLeavesNoRowAndNoFiles() throws IOException {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelCodec broken = new ModelCodec() {
                @Override public void write(Model model, java.io.DataOutput out) throws IOException {
                    out.writeInt(1);
                    throw new IOException("disk full");
                }

                @Override public Model read(java.io.DataInput in, ModelProvenance provenance) {
                    throw new AssertionError();
                }
            };
            ModelStore store = new ModelStore(w, name -> broken);
            StoreException e = assertThrows(StoreException.class, () -> store.save("m", fit("popularity", Map.of())));
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertEquals(List.of(), store.list());
            try (var files = Files.list(w.artifacts().resolve("models"))) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test void aModifiedFileIsReportedWithItsPath() throws IOException {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            StoredModel s = store.save("m", fit("itemknn", Map.of()));
            byte[] bytes = Files.readAllBytes(s.artifact());
            bytes[bytes.length / 2] ^= 1;
            Files.write(s.artifact(), bytes);
            StoreException e = assertThrows(StoreException.class, () -> store.load("m"));
            assertTrue(e.getMessage().contains(s.artifact().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("corrupt or was modified"), e.getMessage());
        }
    }

    @Test void aTruncatedOrMissingFileIsReported() throws IOException {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            StoredModel s = store.save("m", fit("ease", Map.of()));
            byte[] bytes = Files.readAllBytes(s.artifact());
            Files.write(s.artifact(), java.util.Arrays.copyOf(bytes, bytes.length - 100));
            StoreException e = assertThrows(StoreException.class, () -> store.load("m"));
            assertTrue(e.getMessage().contains(s.artifact().toString()), e.getMessage());
            Files.delete(s.artifact());
            e = assertThrows(StoreException.class, () -> store.load("m"));
            assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        }
    }

    @Test void aValidFileSwappedForAnotherIsCaughtByTheRecordedChecksum() throws IOException {
        try (Workspace w = Workspace.open(dir, "test")) {
            ModelStore store = new ModelStore(w);
            StoredModel a = store.save("a", fit("popularity", Map.of()));
            StoredModel b = store.save("b", fit("popularity", Map.of("mode", "TRENDING")));
            Files.copy(b.artifact(), a.artifact(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StoreException e = assertThrows(StoreException.class, () -> store.load("a"));
            assertTrue(e.getMessage().contains("recorded " + a.sha256()), e.getMessage());
        }
    }
}
