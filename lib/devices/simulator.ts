import { createSocket, type RemoteInfo } from "node:dgram";
import { buildProbeMatch, buildResetReply, parseProbe, parseResetCommand, type ResetRefusal, type SadpDevice } from "./sadp-messages";
import { checkDevicePassword } from "./device-password";
import { verifyResetCode } from "./reset-code";

/**
 * Virtual devices answering SADP on a UDP port, so tests and the demo never touch a real LAN. Every
 * inquiry Probe gets one ProbeMatch per device; a reset command is checked the way a device would:
 * the maker's key, single use, the device password rules.
 */

export type SimulatedDevice = SadpDevice & { password?: string };

export type Simulator = {
  port: number;
  devices: SimulatedDevice[];
  close(): Promise<void>;
  passwordOf(serial: string): string | undefined;
};

export function demoDevices(): SimulatedDevice[] {
  return [
    {
      model: "DS-2CD2143G2-I",
      serial: "DS-2CD2143G2-I20231104AAWRJ12345678",
      mac: "44-19-b6-2a-10-01",
      ipv4: "192.168.1.64",
      firmware: "V5.7.3 build 220112",
      activated: true,
      passwordResetAbility: true,
    },
    {
      model: "DS-7608NI-K2",
      serial: "DS-7608NI-K20820220315CCRRG87654321",
      mac: "44-19-b6-2a-10-02",
      ipv4: "192.168.1.65",
      firmware: "V5.7.3 build 220112",
      activated: true,
      passwordResetAbility: true,
    },
    {
      model: "DS-2DE4425IW-DE",
      serial: "DS-2DE4425IW-DE20240106AAWRL55501234",
      mac: "44-19-b6-2a-10-03",
      ipv4: "192.168.1.66",
      firmware: "V5.7.3 build 220112",
      activated: false,
      passwordResetAbility: true,
    },
  ];
}

/** The code as the device compares it, so "abcd efgh…" cannot reuse "ABCD-EFGH-…". */
const canonicalCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");

export async function startSimulator(opts: {
  port?: number;
  host?: string;
  devices: SimulatedDevice[];
  vendorKey: string;
  now?: () => number;
}): Promise<Simulator> {
  const devices = opts.devices.map((d) => ({ ...d }));
  const usedCodes = new Set<string>(); // "mac code" pairs a device has accepted once
  const now = opts.now ?? Date.now;
  const socket = createSocket("udp4");

  function handle(msg: Buffer, from: RemoteInfo) {
    const reply = (text: string) => socket.send(text, from.port, from.address);
    const probe = parseProbe(msg);
    if (probe?.type.toLowerCase() === "inquiry") {
      for (const d of devices) reply(buildProbeMatch(d, probe.uuid));
      return;
    }
    const command = parseResetCommand(msg);
    if (!command) return;
    const device = devices.find((d) => d.mac === command.mac);
    if (!device) return; // another device's command: real devices stay silent too
    const answer = (reason?: ResetRefusal) =>
      reply(buildResetReply({ uuid: command.uuid, mac: device.mac, result: reason ? "failed" : "success", reason }));
    const check = verifyResetCode(opts.vendorKey, device.serial, command.code, now());
    if (!check.ok) return answer(check.reason === "expired" ? "expired" : "code");
    const used = `${device.mac} ${canonicalCode(command.code)}`;
    if (usedCodes.has(used)) return answer("used");
    if (checkDevicePassword(command.password)) return answer("password");
    usedCodes.add(used);
    device.password = command.password;
    device.activated = true; // a device with a password set is an activated one
    answer();
  }

  socket.on("message", (msg, from) => {
    try {
      handle(msg, from);
    } catch {
      // A packet that trips a handler is dropped; the simulator keeps answering.
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(opts.port ?? 0, opts.host ?? "127.0.0.1", () => {
      socket.off("error", reject);
      resolve();
    });
  }).catch((error) => {
    try {
      socket.close();
    } catch {
      // already closed by the failed bind
    }
    throw error;
  });
  socket.on("error", () => {}); // send errors (e.g. an unreachable sender) must not crash it

  let closed: Promise<void> | undefined;
  return {
    port: socket.address().port,
    devices,
    close: () => (closed ??= new Promise((resolve) => socket.close(() => resolve()))),
    passwordOf: (serial) => devices.find((d) => d.serial === serial)?.password,
  };
}
