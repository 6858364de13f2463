/**
 * Bandit policies ({@code policy}), their context features ({@code context}), the simulator ({@code sim}) and
 * off-policy evaluation ({@code ope}) for cold-start exploration; {@code linalg} holds the small dense kernels
 * they share. Depends on the engine only; never on JavaFX.
 */
package org.recstudio.bandit;
