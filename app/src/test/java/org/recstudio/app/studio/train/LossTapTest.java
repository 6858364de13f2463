package org.recstudio.app.studio.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.progress.CancellationToken;

/** Picking the training loss out of progress messages. */
class LossTapTest {

    @Test void readsTheAlsMessage() {
        assertEquals(Optional.of(new LossPoint(3, 0.012345)),
                LossTap.parse("ALS iteration 3/15: training loss 0.012345", 9));
    }

    @Test void readsOtherSpellingsAndFallsBackToTheOrdinal() {
        assertEquals(Optional.of(new LossPoint(2, 1e-3)), LossTap.parse("epoch 2 loss=1e-3", 7));
        assertEquals(Optional.of(new LossPoint(7, 5)), LossTap.parse("Loss: 5", 7));
        assertEquals(Optional.of(new LossPoint(1, -0.5)), LossTap.parse("sweep done, loss -.5", 1));
        assertTrue(LossTap.parse("Content: 812 features over 200 items", 1).isEmpty());
        assertTrue(LossTap.parse("lossy compression 12", 1).isEmpty());
        assertTrue(LossTap.parse(null, 1).isEmpty());
    }

    @Test void forwardsEverythingAndCountsLosses() {
        List<String> messages = new ArrayList<>();
        List<LossPoint> points = new ArrayList<>();
        CancellationToken token = new CancellationToken(u -> { }, messages::add);
        LossTap tap = new LossTap(token, points::add);
        tap.message("warming up");
        tap.message("loss 2.5");
        tap.message("loss 1.5");
        assertEquals(List.of("warming up", "loss 2.5", "loss 1.5"), messages);
        assertEquals(List.of(new LossPoint(1, 2.5), new LossPoint(2, 1.5)), points);
        token.cancel();
        assertTrue(tap.isCancelled());
    }
}
