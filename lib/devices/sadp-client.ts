import "server-only";
import { createSocket, type Socket } from "node:dgram";
import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { buildProbe, buildResetCommand, normalizeMac, parseProbeMatch, parseResetReply, type SadpDevice } from "./sadp-messages";

/**
 * The SADP client: send a Probe to the multicast group (or, for the simulator, to one address) and
 * collect the devices that answer; send a reset command and wait for its answer. Replies are
 * matched to the request by Uuid, since anything on the LAN may send us datagrams. Whatever
 * happens, the socket is closed before the promise settles.
 */

export type SadpTarget = { host: string; port: number };

export const SADP_MULTICAST: SadpTarget = { host: "239.255.255.250", port: 37020 };

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** "host:port" from configuration (IPv4 address or hostname, port 1-65535), or null. */
export function parseTarget(text: string | undefined): SadpTarget | null {
  const m = /^([^:\s]+):(\d{1,5})$/.exec((text ?? "").trim());
  if (!m) return null;
  const [, host, digits] = m;
  const port = Number(digits);
  if (port < 1 || port > 65535) return null;
  // All digits and dots must be a real address, not a "hostname" like 999.1.1.1.
  const valid = /^[\d.]+$/.test(host) ? isIP(host) === 4 : HOSTNAME.test(host);
  return valid ? { host, port } : null;
}

function isMulticast(host: string): boolean {
  const first = Number(host.split(".")[0]);
  return isIP(host) === 4 && first >= 224 && first <= 239;
}

/** A bound UDP socket set up for `target`; closed again if the setup fails. */
async function openSocket(target: SadpTarget, bindAddress?: string): Promise<Socket> {
  const socket = createSocket("udp4");
  // A stray ICMP "port unreachable" or similar must not become an uncaught exception.
  socket.on("error", () => {});
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind({ port: 0, address: bindAddress }, () => {
        socket.off("error", reject);
        resolve();
      });
    });
    if (isMulticast(target.host)) {
      socket.setMulticastTTL(1); // SADP stays on the local network segment
      socket.setMulticastLoopback(true); // so a simulator on this machine hears us too
      if (bindAddress) socket.setMulticastInterface(bindAddress);
    }
    return socket;
  } catch (error) {
    try {
      socket.close();
    } catch {
      // already closed by the failed bind
    }
    throw error;
  }
}

function send(socket: Socket, message: string, target: SadpTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      socket.send(message, target.port, target.host, (error) => (error ? reject(error) : resolve()));
    } catch (error) {
      reject(error); // e.g. a port out of range is thrown, not passed to the callback
    }
  });
}

const byModelThenSerial = (a: SadpDevice, b: SadpDevice) => a.model.localeCompare(b.model) || a.serial.localeCompare(b.serial);

/** The devices that answer within `timeoutMs` (default 3 s), one per MAC address, sorted by model then serial. */
export async function scanLan(opts: { target?: SadpTarget; timeoutMs?: number; bindAddress?: string } = {}): Promise<SadpDevice[]> {
  const target = opts.target ?? SADP_MULTICAST;
  const uuid = randomUUID().toUpperCase();
  const found = new Map<string, SadpDevice>();
  const socket = await openSocket(target, opts.bindAddress);
  try {
    socket.on("message", (msg) => {
      const device = parseProbeMatch(msg);
      if (device?.uuid?.toUpperCase() === uuid) found.set(device.mac, device); // a later answer replaces an earlier one
    });
    await send(socket, buildProbe(uuid), target);
    await new Promise((resolve) => setTimeout(resolve, opts.timeoutMs ?? 3000));
  } finally {
    socket.close();
  }
  return [...found.values()].sort(byModelThenSerial);
}

export type ResetAnswer = { ok: true } | { ok: false; reason: string };

/**
 * Ask the device with `device.mac` to take `password`, proving the right to with `code`. The reason
 * of a refusal is the device's ("code", "expired", "used", "password"), or "no_answer" on timeout.
 */
export async function sendResetPassword(opts: {
  target: SadpTarget;
  device: { mac: string };
  code: string;
  password: string;
  timeoutMs?: number;
}): Promise<ResetAnswer> {
  const mac = normalizeMac(opts.device.mac);
  if (!mac) return { ok: false, reason: "bad_mac" };
  const uuid = randomUUID().toUpperCase();
  const socket = await openSocket(opts.target);
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = new Promise<ResetAnswer>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: "no_answer" }), opts.timeoutMs ?? 3000);
      socket.on("message", (msg) => {
        const reply = parseResetReply(msg);
        if (!reply || reply.uuid.toUpperCase() !== uuid || reply.mac !== mac) return;
        resolve(reply.ok ? { ok: true } : { ok: false, reason: reply.reason ?? "failed" });
      });
    });
    await send(socket, buildResetCommand({ uuid, mac, code: opts.code, password: opts.password }), opts.target);
    return await answer;
  } finally {
    clearTimeout(timer);
    socket.close();
  }
}
