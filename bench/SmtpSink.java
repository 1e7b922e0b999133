import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A relay for the reset benchmark. "healthy": a minimal SMTP server that accepts every mail and, when stopped,
 * prints how many it received. "silent": accepts connections and never says a word, like a hung relay.
 * Usage: java SmtpSink.java healthy|silent PORT
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        boolean silent = args[0].equals("silent");
        AtomicInteger mails = new AtomicInteger();
        List<Socket> held = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("relay (" + args[0] + "): "
                + (silent ? held.size() + " connections held open" : mails.get() + " mails received"))));
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[1]))) {
            while (true) {
                Socket socket = server.accept();
                if (silent) {
                    held.add(socket);
                } else {
                    new Thread(() -> converse(socket, mails)).start();
                }
            }
        }
    }

    private static void converse(Socket socket, AtomicInteger mails) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1))) {
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink ESMTP");
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        mails.incrementAndGet();
                        reply(out, "250 queued");
                    }
                    continue;
                }
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        data = true;
                        reply(out, "354 go ahead");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (Exception e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
