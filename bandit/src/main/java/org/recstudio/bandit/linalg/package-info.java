/** Small dense linear algebra for the bandit module: dot products, matrix-vector kernels and Cholesky solves. */
package org.recstudio.bandit.linalg;
