/**
 * The OpenCL backend of nngrade's reference implementation: JOCL for the host API, CLBlast through
 * JOCLBlast for GEMM, its own kernels for the rest. Found through {@link java.util.ServiceLoader}.
 */
module dev.nngrade.nn.opencl {
  requires dev.nngrade.nn;
  requires jocl;
  requires jocl.blast;

  provides dev.nngrade.nn.backend.BackendProvider with dev.nngrade.nn.opencl.OpenClProvider;
}
