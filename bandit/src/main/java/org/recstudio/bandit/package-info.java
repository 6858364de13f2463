/**
 * Bandit policies, simulation and off-policy evaluation for cold-start exploration (arriving with the bandit
 * issue). Depends on the engine only; never on JavaFX.
 */
package org.recstudio.bandit;
