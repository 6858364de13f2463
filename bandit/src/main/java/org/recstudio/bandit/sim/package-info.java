/**
 * The simulator: environments with known or model-derived preferences ({@link
 * org.recstudio.bandit.sim.LatentEnvironment}, {@link org.recstudio.bandit.sim.ModelEnvironment}, {@link
 * org.recstudio.bandit.sim.DatasetEnvironment}), item and user arrivals, a position-based click model, and the
 * runner that compares strategies on common random numbers ({@link org.recstudio.bandit.sim.SimulationRunner},
 * {@link org.recstudio.bandit.sim.ColdStartLab}).
 */
package org.recstudio.bandit.sim;
