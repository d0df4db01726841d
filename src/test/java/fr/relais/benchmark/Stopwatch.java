package fr.relais.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/** Wall time and the JVM's CPU time since start: CPU per referral is steadier than a rate on a busy machine. */
final class Stopwatch {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long wallStart = System.nanoTime();
  private final long cpuStart = OS.getProcessCpuTime();

  long startNanos() {
    return wallStart;
  }

  Duration wall() {
    return Duration.ofNanos(System.nanoTime() - wallStart);
  }

  Duration cpu() {
    return Duration.ofNanos(OS.getProcessCpuTime() - cpuStart);
  }
}
