import { createSocket } from "node:dgram";
import { buildProbeMatch, buildResetReply, parseProbe, parseResetCommand, type SadpDevice } from "./sadp-messages";
import { checkDevicePassword } from "./device-password";
import { verifyResetCode } from "./reset-code";

/**
 * Virtual devices that answer SADP on a UDP port: every Probe gets one ProbeMatch per device, and a
 * reset command is checked like a device would (its maker's key, single use, its password rules).
 * Tests and the demo use it so nothing touches a real LAN.
 */

export type SimulatedDevice = SadpDevice & { password?: string };

export function demoDevices(): SimulatedDevice[] {
  return [
    { model: "DS-2CD2143G2-I", serial: "DS-2CD2143G2-I20231104AAWRJ12345678", mac: "44-19-b6-2a-10-01", ipv4: "192.168.1.64", firmware: "V5.7.3 build 220112", activated: true, passwordResetAbility: true },
    { model: "DS-7608NI-K2", serial: "DS-7608NI-K20820220315CCRRG87654321", mac: "44-19-b6-2a-10-02", ipv4: "192.168.1.65", firmware: "V4.61.005 build 220420", activated: true, passwordResetAbility: true },
    { model: "DS-2DE4425IW-DE", serial: "DS-2DE4425IW-DE20240106AAWRL55501234", mac: "44-19-b6-2a-10-03", ipv4: "192.168.1.66", firmware: "V5.7.3 build 220112", activated: false, passwordResetAbility: true },
  ];
}

export async function startSimulator(opts: {
  port?: number;
  host?: string;
  devices: SimulatedDevice[];
  vendorKey: string;
  now?: () => number;
}): Promise<{ port: number; devices: SimulatedDevice[]; close(): Promise<void>; passwordOf(serial: string): string | undefined }> {
  const devices = opts.devices.map((d) => ({ ...d }));
  const used = new Set<string>();
  const clock = opts.now ?? Date.now;
  const socket = createSocket({ type: "udp4", reuseAddr: false });
  socket.on("error", () => {});
  socket.on("message", (msg, from) => {
    try {
      const reply = (text: string) => socket.send(text, from.port, from.address);
      const probe = parseProbe(msg);
      if (probe?.type === "inquiry") {
        for (const d of devices) reply(buildProbeMatch(d, probe.uuid));
        return;
      }
      const reset = parseResetCommand(msg);
      if (!reset) return;
      const device = devices.find((d) => d.mac === reset.mac);
      if (!device) return;
      const answer = (result: "success" | "failed", reason?: string) => reply(buildResetReply({ uuid: reset.uuid, mac: device.mac, result, reason }));
      const code = reset.code.toUpperCase().replace(/[\s-]/g, "");
      if (used.has(`${device.mac}:${code}`)) return answer("failed", "used");
      const check = verifyResetCode(opts.vendorKey, device.serial, reset.code, clock());
      if (!check.ok) return answer("failed", check.reason === "expired" ? "expired" : "code");
      if (checkDevicePassword(reset.password)) return answer("failed", "password");
      used.add(`${device.mac}:${code}`);
      device.password = reset.password;
      device.activated = true;
      answer("success");
    } catch {
      // A packet that breaks a handler is dropped; the simulator keeps answering.
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  return {
    port: socket.address().port,
    devices,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
    passwordOf: (serial) => devices.find((d) => d.serial === serial)?.password,
  };
}
