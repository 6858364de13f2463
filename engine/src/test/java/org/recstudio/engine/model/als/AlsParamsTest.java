package org.recstudio.engine.model.als;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.als.AlsParams.Confidence;
import org.recstudio.engine.model.als.AlsParams.Solver;

class AlsParamsTest {

    @Test void defaultsAreTheDocumentedOnes() {
        AlsParams d = AlsParams.defaults();
        assertEquals(64, d.factors());
        assertEquals(15, d.iterations());
        assertEquals(0.1, d.regularization());
        assertEquals(1.0, d.alpha());
        assertEquals(Confidence.LINEAR, d.confidence());
        assertEquals(Solver.CG, d.solver());
        assertEquals(d, new AlsAlgorithm().defaults());
        assertEquals(AlsParams.class, new AlsAlgorithm().paramsType());
        assertEquals("als", new AlsAlgorithm().name());
    }

    @Test void confidenceFollowsThePaper() {
        AlsParams lin = new AlsParams(8, 1, 0.1, false, 2.0, Confidence.LINEAR, 1.0, Solver.CG, 3, 0);
        assertEquals(1 + 2.0 * 3, lin.confidenceOf(3));
        AlsParams log = new AlsParams(8, 1, 0.1, false, 2.0, Confidence.LOG, 0.5, Solver.CG, 3, 0);
        assertEquals(1 + 2.0 * Math.log(1 + 3 / 0.5), log.confidenceOf(3), 1e-12);
    }

    @Test void badValuesAreRejectedWithTheValueInTheMessage() {
        bad("factors", "0", () -> new AlsParams(0, 1, 0.1, false, 1, Confidence.LINEAR, 1, Solver.CG, 3, 0));
        bad("iterations", "-2", () -> new AlsParams(8, -2, 0.1, false, 1, Confidence.LINEAR, 1, Solver.CG, 3, 0));
        bad("regularization", "NaN",
                () -> new AlsParams(8, 1, Double.NaN, false, 1, Confidence.LINEAR, 1, Solver.CG, 3, 0));
        bad("regularization", "-0.5", () -> new AlsParams(8, 1, -0.5, false, 1, Confidence.LINEAR, 1, Solver.CG, 3, 0));
        bad("alpha", "-1.0", () -> new AlsParams(8, 1, 0.1, false, -1, Confidence.LINEAR, 1, Solver.CG, 3, 0));
        bad("confidence", "null", () -> new AlsParams(8, 1, 0.1, false, 1, null, 1, Solver.CG, 3, 0));
        bad("epsilon", "0.0", () -> new AlsParams(8, 1, 0.1, false, 1, Confidence.LOG, 0, Solver.CG, 3, 0));
        bad("solver", "null", () -> new AlsParams(8, 1, 0.1, false, 1, Confidence.LINEAR, 1, null, 3, 0));
        bad("cgSteps", "0", () -> new AlsParams(8, 1, 0.1, false, 1, Confidence.LINEAR, 1, Solver.CG, 0, 0));
        bad("threads", "-1", () -> new AlsParams(8, 1, 0.1, false, 1, Confidence.LINEAR, 1, Solver.CG, 3, -1));
    }

    private static void bad(String name, String value, Supplier<AlsParams> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(value), e.getMessage());
    }
}
