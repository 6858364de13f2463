/**
 * Feature builders for contextual policies: user attributes and factors, item content, category and age, request
 * time and device, assembled into fixed-length vectors by {@link org.recstudio.bandit.context.ContextBuilder}.
 */
package org.recstudio.bandit.context;
