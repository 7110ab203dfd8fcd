package dev.nngrade.nn.opencl;

import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetPlatformInfo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/** The OpenCL devices of every platform, in a fixed order: platforms as the ICD loader lists them, then devices. */
final class ClDevices {
  /** One device with what the backend needs to know. */
  record Found(cl_platform_id platform, cl_device_id device, String name, boolean gpu, boolean float64) {}

  /** The result of looking: devices, or why there are none. */
  record Scan(List<Found> devices, String problem) {}

  static final String INSTALL =
      "install an OpenCL driver: on Debian/Ubuntu 'apt-get install ocl-icd-opencl-dev pocl-opencl-icd' for the CPU, "
          + "or the GPU vendor's OpenCL runtime (NVIDIA: libnvidia-compute with /etc/OpenCL/vendors/nvidia.icd)";

  private ClDevices() {}

  static Scan scan() {
    try {
      CL.setExceptionsEnabled(true);
      int[] count = new int[1];
      clGetPlatformIDs(0, null, count);
      if (count[0] == 0) {
        return new Scan(List.of(), "no OpenCL platform is installed; " + INSTALL);
      }
      cl_platform_id[] platforms = new cl_platform_id[count[0]];
      clGetPlatformIDs(platforms.length, platforms, null);
      List<Found> found = new ArrayList<>();
      for (cl_platform_id p : platforms) {
        int[] n = new int[1];
        try {
          clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 0, null, n);
        } catch (org.jocl.CLException e) {
          continue; // a platform without devices
        }
        cl_device_id[] devices = new cl_device_id[n[0]];
        clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, devices.length, devices, null);
        for (cl_device_id d : devices) {
          long[] type = new long[1];
          clGetDeviceInfo(d, CL_DEVICE_TYPE, 8, Pointer.to(type), null);
          String name = text(d, CL_DEVICE_NAME) + " (" + platformName(p) + ")";
          boolean fp64 = text(d, CL_DEVICE_EXTENSIONS).contains("cl_khr_fp64");
          found.add(new Found(p, d, name, (type[0] & CL_DEVICE_TYPE_GPU) != 0, fp64));
        }
      }
      return found.isEmpty()
          ? new Scan(List.of(), "OpenCL platforms are installed but none has a device; " + INSTALL)
          : new Scan(List.copyOf(found), null);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      return new Scan(List.of(), "the OpenCL library (libOpenCL) could not be loaded (" + e.getMessage() + "); " + INSTALL);
    } catch (org.jocl.CLException e) {
      return new Scan(List.of(), "OpenCL answered " + e.getMessage() + " when asked for its platforms; " + INSTALL);
    }
  }

  private static String platformName(cl_platform_id p) {
    long[] size = new long[1];
    clGetPlatformInfo(p, CL_PLATFORM_NAME, 0, null, size);
    byte[] buffer = new byte[(int) size[0]];
    clGetPlatformInfo(p, CL_PLATFORM_NAME, buffer.length, Pointer.to(buffer), null);
    return trim(buffer);
  }

  private static String text(cl_device_id d, int param) {
    long[] size = new long[1];
    clGetDeviceInfo(d, param, 0, null, size);
    byte[] buffer = new byte[(int) size[0]];
    clGetDeviceInfo(d, param, buffer.length, Pointer.to(buffer), null);
    return trim(buffer);
  }

  private static String trim(byte[] zeroTerminated) {
    int n = 0;
    while (n < zeroTerminated.length && zeroTerminated[n] != 0) {
      n++;
    }
    return new String(zeroTerminated, 0, n, StandardCharsets.UTF_8).trim();
  }
}
