import net from "node:net";

/**
 * A TCP proxy for fault tests, between the app and PostgreSQL: `cut()` drops every connection and
 * refuses new ones (the database is gone), `restore()` lets them through again, `latencyMs` slows
 * each chunk, and `cutWhen` drops the connection as the client sends a matching message (say the
 * second statement of a transaction), so a test can break a step half-way through.
 */
export type TcpProxy = {
  port: number;
  latencyMs: number;
  cutWhen?: (chunk: Buffer) => boolean;
  /** Connections dropped by cutWhen. */
  cuts: number;
  cut(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
};

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    // Chunks are forwarded in order, each after the latency.
    let queue = Promise.resolve();
    const pipe = (from: net.Socket, to: net.Socket, inspect: boolean) =>
      from.on("data", (chunk: Buffer) => {
        queue = queue.then(async () => {
          if (proxy.latencyMs) await delay(proxy.latencyMs);
          if (inspect && proxy.cutWhen?.(chunk)) {
            proxy.cuts++;
            proxy.cutWhen = undefined;
            return drop();
          }
          if (!to.destroyed) to.write(chunk);
        });
      });
    pipe(client, upstream, true);
    pipe(upstream, client, false);
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  const proxy: TcpProxy = {
    port: 0,
    latencyMs: 0,
    cuts: 0,
    cut() {
      // Like a database host that is gone: connections drop, and new ones are refused.
      down = true;
      for (const s of open) s.destroy();
      open.clear();
      if (server.listening) server.close();
    },
    async restore() {
      down = false;
      if (!server.listening) await new Promise<void>((r) => server.listen(proxy.port, "127.0.0.1", () => r()));
    },
    async close() {
      this.cut();
      await new Promise<void>((r) => (server.listening ? server.close(() => r()) : r()));
    },
  };
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  proxy.port = (server.address() as net.AddressInfo).port;
  return proxy;
}
