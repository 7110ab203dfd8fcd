/** Where randomness comes from (seeded generators, never a global one) and how weights are initialised. */
package dev.nngrade.nn.init;
