package dev.nngrade.nn.opencl;

import dev.nngrade.nn.backend.Backend;
import dev.nngrade.nn.backend.BackendOptions;
import dev.nngrade.nn.backend.BackendProvider;
import dev.nngrade.nn.backend.Precision;
import java.util.ArrayList;
import java.util.List;

/** The {@code opencl} backends: one per OpenCL device the platforms report. */
public final class OpenClProvider implements BackendProvider {
  private ClDevices.Scan scan;

  public OpenClProvider() {}

  private synchronized ClDevices.Scan scan() {
    if (scan == null) {
      scan = ClDevices.scan();
    }
    return scan;
  }

  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public List<Device> devices() {
    List<Device> list = new ArrayList<>();
    for (ClDevices.Found f : scan().devices()) {
      list.add(new Device(f.name(), f.gpu(), f.float64()));
    }
    return list;
  }

  @Override
  public String unavailableReason() {
    return scan().problem();
  }

  @Override
  public Backend open(int deviceIndex, Precision precision, BackendOptions options) {
    List<ClDevices.Found> devices = scan().devices();
    if (devices.isEmpty()) {
      throw new IllegalStateException("no OpenCL device: " + scan().problem());
    }
    if (deviceIndex < 0 || deviceIndex >= devices.size()) {
      throw new IllegalArgumentException(
          "OpenCL device " + deviceIndex + " does not exist; there are " + devices.size() + " (0 to " + (devices.size() - 1) + ")");
    }
    ClDevices.Found d = devices.get(deviceIndex);
    if (precision == Precision.FLOAT64 && !d.float64()) {
      throw new IllegalArgumentException(
          "OpenCL device " + deviceIndex + " (" + d.name() + ") has no float64 support (cl_khr_fp64); ask for float32");
    }
    return new OpenClBackend(d, precision);
  }
}
