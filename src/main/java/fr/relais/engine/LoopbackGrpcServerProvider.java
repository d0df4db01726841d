package fr.relais.engine;

import io.grpc.ServerProvider;
import io.grpc.ServerRegistry;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-memory engine builds its gRPC gateway with {@code ServerBuilder.forPort}, which listens on every
 * interface without authentication. Ranked above gRPC's own Netty provider, this one makes such servers
 * listen on the loopback interface only, so no other host can reach the embedded engine. Relais creates
 * no other gRPC server, and this provider is registered only in embedded mode.
 */
final class LoopbackGrpcServerProvider extends ServerProvider {

  private static final AtomicBoolean REGISTERED = new AtomicBoolean();

  static void registerOnce() {
    if (REGISTERED.compareAndSet(false, true)) {
      ServerRegistry.getDefaultRegistry().register(new LoopbackGrpcServerProvider());
    }
  }

  @Override
  protected boolean isAvailable() {
    return true;
  }

  @Override
  protected int priority() {
    return 10;
  }

  @Override
  protected NettyServerBuilder builderForPort(int port) {
    return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }
}
