package org.courtsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * HTTPS in front of a real node: a TLS-terminating proxy on loopback with a certificate signed by
 * a CA made for the test (the JDK's keytool), forwarding the bytes to the node (or to the
 * credentials proxy before it). Elasticsearch's own TLS lives in its security module, which is
 * not published as a jar we can load; the client's side — CA file, fingerprint, refusals — is
 * the same either way.
 */
final class TlsProxy implements AutoCloseable {
  /** A CA made for the test: its PEM file, its SHA-256 fingerprint, and the keystore that signs with it. */
  record Ca(Path pem, String fingerprint, Path keystore) {}

  static final String PASS = "changeit";
  private final SSLServerSocket server;
  private final URI target;
  private final Thread acceptor;
  private volatile boolean closed;

  /** A CA (its own folder under {@code dir}). */
  static Ca ca(Path dir, String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path ks = folder.resolve("ca.p12");
    keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name, "-ext", "bc:c",
        "-validity", "3", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", PASS);
    Path pem = folder.resolve("ca.pem");
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ks.toString(), "-storepass", PASS, "-file", pem.toString());
    X509Certificate cert;
    try (InputStream in = Files.newInputStream(pem)) {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    String hex = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
    return new Ca(pem, hex, ks);
  }

  /** A server certificate for 127.0.0.1 signed by {@code ca}, in a PKCS12 keystore with its chain. */
  static Path serverKeystore(Path dir, Ca ca) throws Exception {
    Path ks = dir.resolve("node.p12");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-validity", "3",
        "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", PASS);
    Path csr = dir.resolve("node.csr");
    keytool("-certreq", "-alias", "node", "-keystore", ks.toString(), "-storepass", PASS, "-file", csr.toString());
    Path signed = dir.resolve("node.pem");
    keytool("-gencert", "-alias", "ca", "-keystore", ca.keystore().toString(), "-storepass", PASS, "-infile", csr.toString(),
        "-outfile", signed.toString(), "-rfc", "-ext", "SAN=IP:127.0.0.1,DNS:localhost", "-validity", "3");
    keytool("-importcert", "-alias", "ca", "-file", ca.pem().toString(), "-keystore", ks.toString(), "-storepass", PASS, "-noprompt");
    keytool("-importcert", "-alias", "node", "-file", signed.toString(), "-keystore", ks.toString(), "-storepass", PASS);
    return ks;
  }

  private static void keytool(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
    }
  }

  TlsProxy(Path keystore, URI target) throws Exception {
    this.target = target;
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, PASS.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASS.toCharArray());
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);
    server = (SSLServerSocket) ssl.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "tls-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI url() {
    return URI.create("https://127.0.0.1:" + server.getLocalPort());
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[1 << 16];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed (or failed its handshake): close both
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "tls-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // closing
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing
    }
  }
}
