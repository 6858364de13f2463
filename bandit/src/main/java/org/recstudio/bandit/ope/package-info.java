/**
 * Off-policy evaluation: logged-feedback readers (generic CSV/JSONL and the Open Bandit Dataset), target
 * policies, reward models, the replay, IPS, SNIPS, DM, DR and switch-DR estimators and bootstrap intervals
 * ({@link org.recstudio.bandit.ope.OffPolicyEvaluator}).
 */
package org.recstudio.bandit.ope;
