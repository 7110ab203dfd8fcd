package dev.nngrade.nn.backend;

import dev.nngrade.nn.backend.cpu.CpuBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Chooses a backend: {@code cpu} (the ground truth), {@code opencl} (fails with what to install when
 * there is no OpenCL device), or {@code auto} (the first OpenCL GPU, else the CPU, said once).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Backends {
  private static final AtomicBoolean FALLBACK_REPORTED = new AtomicBoolean();

  private Backends() {}

  /** Which backend to open. {@code device} indexes the provider's devices (-1: the first suitable one). */
  public record Request(String kind, int device, Precision precision, BackendOptions options) {
    public static Request cpu() {
      return new Request("cpu", -1, Precision.FLOAT64, BackendOptions.DEFAULT);
    }

    public static Request parse(String kind, int device, String precision, int threads) {
      return new Request(kind.trim().toLowerCase(Locale.ROOT), device, Precision.parse(precision), new BackendOptions(threads));
    }
  }

  /** Opens the backend the request names; {@code notices} hears the one-time note when {@code auto} falls back. */
  public static Backend open(Request request, Consumer<String> notices) {
    return switch (request.kind()) {
      case "cpu" -> cpu(request.options());
      case "auto" -> auto(request, notices);
      default -> fromProvider(request);
    };
  }

  /** As {@link #open(Request, Consumer)}, with notices on standard error. */
  public static Backend open(Request request) {
    return open(request, message -> System.err.println("nngrade: " + message));
  }

  private static Backend cpu(BackendOptions options) {
    return options.threads() > 0 ? new CpuBackend(options.threads()) : new CpuBackend();
  }

  private static Backend fromProvider(Request request) {
    BackendProvider provider = provider(request.kind());
    List<BackendProvider.Device> devices = provider.devices();
    if (devices.isEmpty()) {
      throw new IllegalStateException("backend '" + request.kind() + "' has no device here: " + provider.unavailableReason());
    }
    int index = request.device() >= 0 ? request.device() : firstGpuOrZero(devices);
    if (index >= devices.size()) {
      throw new IllegalArgumentException(
          "backend '" + request.kind() + "' has " + devices.size() + " device(s) (0 to " + (devices.size() - 1) + "), not "
              + index + ": " + describe(devices));
    }
    return provider.open(index, request.precision(), request.options());
  }

  private static Backend auto(Request request, Consumer<String> notices) {
    for (BackendProvider p : providers()) {
      List<BackendProvider.Device> devices = p.devices();
      for (int i = 0; i < devices.size(); i++) {
        if (devices.get(i).gpu() && (request.device() < 0 || request.device() == i)) {
          return p.open(i, request.precision(), request.options());
        }
      }
    }
    if (FALLBACK_REPORTED.compareAndSet(false, true)) {
      notices.accept("auto: no GPU backend found (" + reasons() + "); using the CPU backend");
    }
    return cpu(request.options());
  }

  private static int firstGpuOrZero(List<BackendProvider.Device> devices) {
    for (int i = 0; i < devices.size(); i++) {
      if (devices.get(i).gpu()) {
        return i;
      }
    }
    return 0;
  }

  /** Every provider on the class or module path. */
  public static List<BackendProvider> providers() {
    List<BackendProvider> list = new ArrayList<>();
    ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader()).forEach(list::add);
    return list;
  }

  private static BackendProvider provider(String name) {
    for (BackendProvider p : providers()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    List<String> names = new ArrayList<>(List.of("cpu", "auto"));
    providers().forEach(p -> names.add(p.name()));
    throw new IllegalArgumentException(
        "no backend '" + name + "' here; available: " + String.join(", ", names)
            + (name.equals("opencl") ? " (the OpenCL backend is the nn-opencl artifact; put it on the class path)" : ""));
  }

  private static String reasons() {
    List<String> reasons = new ArrayList<>();
    for (BackendProvider p : providers()) {
      reasons.add(p.name() + ": " + (p.devices().isEmpty() ? p.unavailableReason() : "no GPU among " + describe(p.devices())));
    }
    return reasons.isEmpty() ? "no GPU backend on the class path" : String.join("; ", reasons);
  }

  private static String describe(List<BackendProvider.Device> devices) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < devices.size(); i++) {
      BackendProvider.Device d = devices.get(i);
      parts.add(i + " = " + d.name() + (d.gpu() ? " (GPU)" : "") + (d.float64() ? "" : " (float32 only)"));
    }
    return String.join(", ", parts);
  }
}
