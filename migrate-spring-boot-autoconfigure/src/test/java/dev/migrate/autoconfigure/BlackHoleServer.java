package dev.migrate.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database that hangs: a local TCP port that accepts every connection and never sends a byte, as a server does
 * that is stuck, or a firewall that drops packets after the handshake.
 */
public final class BlackHoleServer implements AutoCloseable {

    private final ServerSocket server;

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    public BlackHoleServer() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "black-hole-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A PostgreSQL URL that connects here. */
    public String postgresUrl() {
        return "jdbc:postgresql://127.0.0.1:" + this.server.getLocalPort() + "/hung?user=postgres";
    }

    public int connections() {
        return this.accepted.size();
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                this.accepted.add(this.server.accept());
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        this.server.close();
        for (Socket socket : this.accepted) {
            socket.close();
        }
    }

}
