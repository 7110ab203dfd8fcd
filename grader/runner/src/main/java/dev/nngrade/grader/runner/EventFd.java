package dev.nngrade.grader.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The runner's private copy of the stdout the host reads events from (see {@link
 * Confinement#takeEventFd()}). Student code cannot name it: there is no {@code FileDescriptor} for
 * it, and the {@code /proc/self/fd} and {@code /dev/fd} links stay outside what Landlock allows.
 * Every {@code write} goes out whole before it returns; there is no buffer to flush.
 */
final class EventFd extends OutputStream {
  private final int fd;
  private boolean closed;

  EventFd(int fd) {
    this.fd = fd;
  }

  /** The descriptor number (for diagnostics; it is not handed to student code). */
  int fd() {
    return fd;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b) throws IOException {
    write(b, 0, b.length);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("the event channel is closed");
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment bytes = arena.allocate(Math.max(len, 1));
      MemorySegment.copy(b, off, bytes, ValueLayout.JAVA_BYTE, 0, len);
      for (long done = 0; done < len; ) {
        try {
          done += Libc.write(fd, bytes.asSlice(done), len - done);
        } catch (Libc.Errno e) {
          if (e.errno != Libc.EINTR) {
            throw e;
          }
        }
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      Libc.close(fd);
    }
  }
}
