package dev.nngrade.nn.backend;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Makes backends of one kind (the CPU, OpenCL, ...). Providers are found with {@link
 * java.util.ServiceLoader}, so a backend with native dependencies lives in its own artifact and is
 * loaded only when it is on the class path and asked for.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface BackendProvider {

  /** The name used to ask for it: {@code cpu}, {@code opencl}. */
  String name();

  /** The devices it can run on here, in the order device indexes count them; empty when it cannot run. */
  List<Device> devices();

  /** Why {@link #devices()} is empty, with what to install; null when it is not. */
  String unavailableReason();

  /** A backend on device {@code deviceIndex} of {@link #devices()}, computing in {@code precision} where the device can. */
  Backend open(int deviceIndex, Precision precision, BackendOptions options);

  /** One device as a provider sees it. */
  record Device(String name, boolean gpu, boolean float64) {}
}
