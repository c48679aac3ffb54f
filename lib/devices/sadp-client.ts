import { createSocket, type Socket } from "node:dgram";
import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { buildProbe, buildResetCommand, parseProbeMatch, parseResetReply, type SadpDevice } from "./sadp-messages";

/**
 * The SADP client: multicast (or unicast, for the simulator) a Probe and collect the devices that
 * answer; send a reset command and wait for its answer. Whatever arrives, the socket closes.
 */

export type SadpTarget = { host: string; port: number };

export const SADP_MULTICAST: SadpTarget = { host: "239.255.255.250", port: 37020 };

/** "host:port" from configuration, or null when it is not one. */
export function parseTarget(text: string | undefined): SadpTarget | null {
  const m = /^([A-Za-z0-9.-]+):(\d{1,5})$/.exec((text ?? "").trim());
  if (!m) return null;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { host: m[1], port };
}

const isMulticast = (host: string) => isIP(host) === 4 && Number(host.split(".")[0]) >= 224 && Number(host.split(".")[0]) <= 239;

async function openSocket(target: SadpTarget, bindAddress?: string): Promise<Socket> {
  const socket = createSocket({ type: "udp4", reuseAddr: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind({ port: 0, address: bindAddress }, () => {
      socket.off("error", reject);
      resolve();
    });
  });
  if (isMulticast(target.host)) {
    socket.setMulticastTTL(1); // stay on the local network
    socket.setMulticastLoopback(true);
  }
  return socket;
}

function send(socket: Socket, message: string, target: SadpTarget): Promise<void> {
  return new Promise((resolve, reject) => socket.send(message, target.port, target.host, (e) => (e ? reject(e) : resolve())));
}

/** Devices that answer within `timeoutMs`, one per MAC address, sorted by model then serial. */
export async function scanLan(opts: { target?: SadpTarget; timeoutMs?: number; bindAddress?: string } = {}): Promise<SadpDevice[]> {
  const target = opts.target ?? SADP_MULTICAST;
  const uuid = randomUUID().toUpperCase();
  const found = new Map<string, SadpDevice>();
  const socket = await openSocket(target, opts.bindAddress);
  try {
    socket.on("error", () => {}); // a stray ICMP error must not crash the scan
    socket.on("message", (msg) => {
      const device = parseProbeMatch(msg);
      if (device && device.uuid?.toUpperCase() === uuid) found.set(device.mac, device);
    });
    await send(socket, buildProbe(uuid), target);
    await new Promise((r) => setTimeout(r, opts.timeoutMs ?? 3000));
  } finally {
    socket.close();
  }
  return [...found.values()].sort((a, b) => a.model.localeCompare(b.model) || a.serial.localeCompare(b.serial));
}

/** Ask the device with `mac` to take `password`, proving the right with `code`. */
export async function sendResetPassword(opts: {
  target: SadpTarget;
  device: { mac: string };
  code: string;
  password: string;
  timeoutMs?: number;
}): Promise<{ ok: true } | { ok: false; reason: string }> {
  const uuid = randomUUID().toUpperCase();
  const socket = await openSocket(opts.target);
  try {
    socket.on("error", () => {});
    const answer = new Promise<{ ok: true } | { ok: false; reason: string }>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, reason: "no_answer" }), opts.timeoutMs ?? 3000);
      socket.on("message", (msg) => {
        const reply = parseResetReply(msg);
        if (!reply || reply.uuid.toUpperCase() !== uuid || reply.mac !== opts.device.mac) return;
        clearTimeout(timer);
        resolve(reply.ok ? { ok: true } : { ok: false, reason: reply.reason ?? "failed" });
      });
    });
    await send(socket, buildResetCommand({ uuid, mac: opts.device.mac, code: opts.code, password: opts.password }), opts.target);
    return await answer;
  } finally {
    socket.close();
  }
}
