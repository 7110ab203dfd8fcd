/** The OpenCL backend: device buffers, CLBlast for products, kernels.cl for everything else. */
package dev.nngrade.nn.opencl;
