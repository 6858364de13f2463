package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.TestData.Row;
import org.recstudio.engine.progress.Progress;

/**
 * Model files written by RecStudio 0.1 (format 1, payload version 1 of each built-in codec) must keep loading and
 * scoring as a fresh fit: catches accidental format breaks. When a format or an algorithm changes on
 * purpose, bump its version, keep reading the old one, and add a new golden file (print one with
 * {@link #golden(String)} on a fitted model).
 */
class GoldenModelFilesTest {

    static final Dataset DATA = TestData.of(3, 4, List.of(Row.of(0, 0, 0), Row.of(0, 1, 10), Row.of(0, 2, 20),
            Row.of(1, 1, 0), Row.of(1, 2, 5), Row.of(1, 3, 9), Row.of(2, 0, 3), Row.of(2, 3, 4)));

    private static final Map<String, String> GOLDEN = Map.of(
            "popularity", "UlNNT0RFTAAAAAABAAAACnBvcHVsYXJpdHkAAAAKcG9wdWxhcml0eQAAAAgAAAAMaGFsZkxpZmVEYXlzAAAABDMwLjAAAAAE"
                    + "bW9kZQAAAAhUUkVORElORwAAAAdzZWdtZW50AAAABE5PTkUAAAAQc2VnbWVudFNtb290aGluZwAAAAQxMC4wAAAACnRyZW5k"
                    + "UHJpb3IAAAADNS4wAAAAD3RyZW5kV2luZG93RGF5cwAAAAYxLjBFLTQAAAANdXNlckF0dHJpYnV0ZQAAAAAAAAAJd2VpZ2h0"
                    + "aW5nAAAABUNPVU5UAAAABHRlc3QAAAAAAAAAAwAAABYzLTQtOC02ODI2Nzc0OGE5M2FjNTA0AAAAAAAAAAkAAAAOMC4xLjAt"
                    + "U05BUFNIT1QBAAAAAGsL1O0bCfDcP/FOsQO67PMAAAABAAAACFRSRU5ESU5HAAAAAwAAAAQ/szMzP7MzMz+zMzM/szMzAAAA"
                    + "A////////////////wAAAACt4KPlmkA2aLlWUJlf359xCh8z7w9FvdjXSSn1d+4ZxA==",
            "itemknn", "UlNNT0RFTAAAAAABAAAAB2l0ZW1rbm4AAAAHaXRlbWtubgAAAAcAAAAFYm0yNUIAAAADMC44AAAABmJtMjVLMQAAAAUxMDAu"
                    + "MAAAAApuZWlnaGJvdXJzAAAAATIAAAAJc2hyaW5rYWdlAAAAAzEuMAAAAAd0aHJlYWRzAAAAATAAAAAFdmFsdWUAAAAIU1RS"
                    + "RU5HVEgAAAAJd2VpZ2h0aW5nAAAABE5PTkUAAAAEdGVzdAAAAAAAAAADAAAAFjMtNC04LTY4MjY3NzQ4YTkzYWM1MDQAAAAA"
                    + "AAAACQAAAA4wLjEuMC1TTkFQU0hPVAEAAAAAawvU7SNEHnE/mSOFWgtTCQAAAAEAAAADAAAABAAAAAQAAAAAAAAAAwAAAAYA"
                    + "AAAIAAAACAAAAAAAAAABAAAAAgAAAAEAAAACAAAAAwAAAAAAAAADAAAACD+AAAA/gAAAP4AAAD+AAAA/gAAAP4AAAD+AAAA/"
                    + "gAAAAAAABQAAAAAAAAACAAAABAAAAAYAAAAIAAAACAAAAAEAAAACAAAAAgAAAAAAAAABAAAAAAAAAAAAAAABAAAACD6qqqs+"
                    + "qqqrPyqqqz6qqqs/KqqrPqqqqz6qqqs+qqqrAAAABEAAAABAAAAAQAAAAEAAAAD7J+hqaW9Jsv84vXWEL2CCOL0LRuDVcQ+6"
                    + "YUIbXUSnGw==",
            "ease", "UlNNT0RFTAAAAAABAAAABGVhc2UAAAAEZWFzZQAAAAMAAAAGbGFtYmRhAAAAAzIuMAAAAAd0aHJlYWRzAAAAATAAAAAFdmFs"
                    + "dWUAAAAGQklOQVJZAAAABHRlc3QAAAAAAAAAAwAAABYzLTQtOC02ODI2Nzc0OGE5M2FjNTA0AAAAAAAAAAkAAAAOMC4xLjAt"
                    + "U05BUFNIT1QBAAAAAGsL1O8LVihdP/i/CSW68fsAAAABAAAAAwAAAAQAAAAEAAAAAAAAAAMAAAAGAAAACAAAAAgAAAAAAAAA"
                    + "AQAAAAIAAAABAAAAAgAAAAMAAAAAAAAAAwAAAAg/gAAAP4AAAD+AAAA/gAAAP4AAAD+AAAA/gAAAP4AAAAAAABAAAAAAPeOO"
                    + "OT3jjjk+Oi6MPgui6QAAAAA+4445Pgui6T4Louk+4445AAAAAD4Louk+Oi6MPeOOOT3jjjkAAAAAAAAABEAAAABAAAAAQAAA"
                    + "AEAAAAA7o+t3MSSV3n7x/4wGw6nBoYaqe9rvFmJJj/4vd+gbbA==",
            "sequential", "UlNNT0RFTAAAAAABAAAACnNlcXVlbnRpYWwAAAAKc2VxdWVudGlhbAAAAAoAAAAFYWxwaGEAAAADMC41AAAADWhpc3RvcnlM"
                    + "ZW5ndGgAAAABMgAAAAZsYW1iZGEAAAAFMTAwLjAAAAAGbWV0aG9kAAAAC1RSQU5TSVRJT05TAAAADXBvc2l0aW9uRGVjYXkA"
                    + "AAADMS4wAAAADHJlY2VuY3lEZWNheQAAAAMwLjUAAAAPc2Vzc2lvbkdhcEhvdXJzAAAAAzAuMAAAABJzZXNzaW9uUmVjZW5j"
                    + "eURheXMAAAADMC4wAAAACXNtb290aGluZwAAAAMxLjAAAAAGd2luZG93AAAAAjEwAAAABHRlc3QAAAAAAAAAAwAAABYzLTQt"
                    + "OC02ODI2Nzc0OGE5M2FjNTA0AAAAAAAAAAkAAAAOMC4xLjAtU05BUFNIT1QBAAAAAGsL1O8S7RosP4qfHfCJcw4AAAABAAAA"
                    + "AAAAAAQ+gAAAPoAAAD6AAAA+gAAAAAAABAAAAAAAAAACAAAABAAAAAYAAAAGAAAAAgAAAAEAAAADAAAAAgAAAAMAAAAAAAAA"
                    + "Bj+AAAA/AAAAP4AAAD8AAAA/gAAAPwAAAAAAAAUAAAAAAAAAAgAAAAMAAAAEAAAABAAAAAQAAAABAAAAAwAAAAIAAAADAAAA"
                    + "BD6qqqs+qqqrPyqqqz8AAAAAAAAEPqqqqz6qqqs/AAAAP4AAAKNb/t6ZM/YIqsa5o5dNaPtW1JqrHeyA3oWuRmeF4/AL");

    @TempDir Path dir;

    static Map<String, String> params(String algorithm) {
        return switch (algorithm) {
            case "itemknn" -> Map.of("neighbours", "2", "shrinkage", "1");
            case "ease" -> Map.of("lambda", "2");
            case "sequential" -> Map.of("historyLength", "2");
            default -> Map.of("mode", "TRENDING", "trendWindowDays", "0.0001");
        };
    }

    static Model fit(String algorithm) {
        return Algorithms.fit(Algorithms.byName(algorithm), DATA, params(algorithm), 9, Progress.NONE);
    }

    /** The base64 text of {@code model}'s file, to paste into {@link #GOLDEN}. */
    static String golden(String algorithm) throws IOException {
        Path f = Files.createTempFile("golden", ".bin");
        try {
            ModelFile.write(f, fit(algorithm), Algorithms.codec(algorithm));
            return Base64.getEncoder().encodeToString(Files.readAllBytes(f));
        } finally {
            Files.delete(f);
        }
    }

    @ParameterizedTest @ValueSource(strings = {"popularity", "itemknn", "ease", "sequential"})
    void version1FilesStillLoadAndScoreLikeAFreshFit(String algorithm) throws IOException {
        Path f = dir.resolve(algorithm + ".bin");
        Files.write(f, Base64.getDecoder().decode(GOLDEN.get(algorithm)));
        Model old = ModelFile.read(f, null, Algorithms::codec);
        Model fresh = fit(algorithm);
        assertEquals(algorithm, old.provenance().algorithm());
        assertEquals(fresh.provenance().params(), old.provenance().params());
        assertEquals(DATA.fingerprint(), old.provenance().datasetFingerprint());
        assertEquals(9, old.provenance().seed());
        // within float tolerance: LAPACK kernels may round differently on another CPU than the one that wrote it
        float[] a = new float[fresh.itemCount()];
        float[] b = new float[old.itemCount()];
        for (int u = 0; u < fresh.userCount(); u++) {
            fresh.scoreAll(u, a);
            old.scoreAll(u, b);
            assertArrayEquals(a, b, 1e-5f, algorithm + " user " + u);
        }
    }
}
