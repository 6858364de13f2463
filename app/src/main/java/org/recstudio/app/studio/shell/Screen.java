package org.recstudio.app.studio.shell;

/**
 * The screens of the studio, in navigation order, grouped by the step of the loop they serve. Screens that
 * arrive with a later issue are listed so the road ahead is visible, with what they will do.
 */
public enum Screen {
    IMPORT("Import", Group.DATA, true, "Bring catalog, user and interaction files into a dataset."),
    EXPLORE("Explore", Group.DATA, true, "Counts, time, popularity and activity of a dataset; browse items and users."),
    TRAIN("Train", Group.MODEL, true,
            "Fit popularity, item-kNN, ALS, EASE, sequential and content models, with live progress."),
    INSPECT("Inspect", Group.MODEL, true,
            "Look inside a trained model: a user's recommendations with explanations, similar items."),
    EVALUATE("Evaluate", Group.MODEL, true,
            "Temporal splits, ranking metrics with confidence intervals, runs side by side."),
    SIMULATE("Simulate", Group.DECIDE, true,
            "Run bandit policies (\u03b5-greedy, UCB, Thompson, LinUCB) against a simulated audience."),
    OFF_POLICY("Off-policy", Group.DECIDE, true,
            "Estimate a new policy's value from logged data (IPS, SNIPS, doubly robust)."),
    MERCHANDISE("Merchandise", Group.SHIP, false,
            "Boost, bury, pin and filter with rules, and preview their impact before shipping."),
    FAIRNESS("Fairness", Group.SHIP, false,
            "Exposure, popularity bias and gaps between user groups, with Lorenz curves."),
    EXPORT("Export", Group.SHIP, false, "Package a model and its rules as a checksummed bundle for serving."),
    REPORT("Report", Group.SHIP, false, "Write a shareable report of datasets, models, runs and decisions.");

    /** The step of the loop a screen belongs to, shown as a heading in the navigation. */
    public enum Group {
        DATA("Data"), MODEL("Model"), DECIDE("Decide"), SHIP("Ship");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;
    private final boolean available;
    private final String purpose;

    Screen(String label, Group group, boolean available, String purpose) {
        this.label = label;
        this.group = group;
        this.available = available;
        this.purpose = purpose;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** Whether this build has the screen; the others arrive with their own issue. */
    public boolean available() {
        return available;
    }

    /** What the screen is for, one sentence. */
    public String purpose() {
        return purpose;
    }

    /** The note shown for a screen that is not here yet. */
    public String arrival() {
        return available ? "" : label + " arrives with its own issue; it is not part of this build yet.";
    }
}
