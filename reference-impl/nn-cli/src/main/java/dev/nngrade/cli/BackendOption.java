package dev.nngrade.cli;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BackendOptions;
import dev.nngrade.nn.backend.Backends;
import dev.nngrade.nn.backend.Precision;
import picocli.CommandLine.Option;

/** {@code --backend cpu|opencl|auto}, {@code --device}, {@code --precision} and {@code --threads}. */
final class BackendOption {
  @Option(names = "--backend", defaultValue = "cpu",
      description = "cpu (the ground truth, float64), opencl (needs an OpenCL driver), or auto (a GPU if there is one, "
          + "else the CPU); default ${DEFAULT-VALUE}")
  String backend;

  @Option(names = "--device", defaultValue = "-1", description = "OpenCL device index (default: the first GPU, else device 0)")
  int device;

  @Option(names = "--precision", description = "float32 or float64; default float64 on the CPU (its only one), float32 on OpenCL")
  String precision;

  @Option(names = "--threads", defaultValue = "0", description = "CPU threads (default: all processors)")
  int threads;

  Backend open() {
    boolean cpu = backend.equals("cpu");
    String p = precision != null ? precision : cpu ? "float64" : "float32";
    if (cpu && Precision.parse(p) != Precision.FLOAT64) {
      throw new IllegalArgumentException("the CPU backend computes in float64 only; drop --precision or use --backend opencl");
    }
    return Backends.open(new Backends.Request(backend, device, Precision.parse(p), new BackendOptions(threads)));
  }
}
