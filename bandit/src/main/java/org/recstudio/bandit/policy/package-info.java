/**
 * Bandit policies: context-free (ε-greedy, UCB1, Beta and Gaussian Thompson sampling, softmax) and linear
 * contextual (disjoint and hybrid LinUCB, linear Thompson sampling), each deciding with a propensity, choosing
 * slates, learning from (batched, delayed) feedback and snapshotting its state ({@link
 * org.recstudio.bandit.policy.Policies}, {@link org.recstudio.bandit.policy.PolicyStore}).
 */
package org.recstudio.bandit.policy;
