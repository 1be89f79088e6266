/**
 * A tiny HTTP proxy for Firefox, which has no host-resolver flag: it forwards the stand-in hosts
 * (CONNECT for HTTPS, absolute-form requests for plain HTTP) to the stand-in server on
 * 127.0.0.1 and refuses everything else, so Firefox's own background traffic never leaves the
 * machine and the extension sees the real host names.
 */
import http from 'node:http';
import net from 'node:net';
import { isStandInHost } from './hosts';

export interface ConnectProxy {
  port: number;
  /** Hosts the proxy refused (Firefox's own traffic, or a host missing from hosts.ts). */
  refused(): string[];
  close(): Promise<void>;
}

export async function startConnectProxy(options: {
  targetPort: number;
  /** Decides which hosts reach the stand-in server; defaults to the stand-in domains. */
  allow?: (host: string) => boolean;
}): Promise<ConnectProxy> {
  const allow = options.allow ?? ((host: string) => isStandInHost(host));
  const refusedHosts: string[] = [];
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket): void => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    // A browser closing a tab resets connections; that must not crash the test run.
    s.on('error', () => s.destroy());
  };

  const server = http.createServer((req, res) => {
    // Plain HTTP through a proxy: the request line carries the absolute URL.
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!allow(url.hostname)) {
      refusedHosts.push(url.hostname);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy\n');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: options.targetPort, method: req.method, path: url.pathname + url.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', track);

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (!allow(host)) {
      refusedHosts.push(host);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(options.targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as net.AddressInfo).port,
    refused: () => [...refusedHosts],
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
