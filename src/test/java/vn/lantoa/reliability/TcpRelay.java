package vn.lantoa.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between the application and the database server: {@link #cut()} drops every open
 * connection and refuses new ones, as a stopped server or a broken network does; {@link #restore()} lets them through
 * again.
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;
	private final int targetPort;
	private final List<Socket> open = new CopyOnWriteArrayList<>();
	private volatile boolean cut;

	TcpRelay(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::accept, "relay-accept");
		accept.setDaemon(true);
		accept.start();
	}

	int port() {
		return server.getLocalPort();
	}

	void cut() {
		cut = true;
		open.forEach(TcpRelay::close);
		open.clear();
	}

	void restore() {
		cut = false;
	}

	@Override
	public void close() throws IOException {
		cut();
		server.close();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					close(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			} catch (IOException e) {
				// the server socket closed, or the database refused: the client sees a dropped connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread t = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				byte[] buffer = new byte[16384];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					out.write(buffer, 0, n);
					out.flush();
				}
			} catch (IOException e) {
				// a cut or a closed connection ends the pump
			} finally {
				close(from);
				close(to);
			}
		}, "relay-pump");
		t.setDaemon(true);
		t.start();
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// already closed
		}
	}
}
