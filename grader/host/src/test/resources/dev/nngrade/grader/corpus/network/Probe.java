package dev.nngrade.student;

import java.net.DatagramSocket;
import java.net.InetAddress;

/** Opens a socket (a way out, or to a classmate's sandbox where they share a network). */
final class Probe {
  private Probe() {}

  static boolean attack() {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort() > 0;
    } catch (Throwable t) {
      return false;
    }
  }
}
