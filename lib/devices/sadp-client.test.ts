import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSocket, type Socket } from "node:dgram";
import { parseTarget, scanLan, sendResetPassword } from "./sadp-client";
import { buildProbeMatch, parseProbe } from "./sadp-messages";
import { demoDevices, startSimulator } from "./simulator";
import { issueResetCode } from "./reset-code";

const KEY = "test-vendor-key";
let sim: Awaited<ReturnType<typeof startSimulator>>;
let hostile: Socket;
let hostilePort = 0;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, devices: demoDevices(), vendorKey: KEY });
  // A second "device" on the network that answers probes with garbage, oversized data and a wrong Uuid.
  hostile = createSocket("udp4");
  hostile.on("message", (msg, from) => {
    const probe = parseProbe(msg);
    if (!probe) return;
    hostile.send("<ProbeMatch><oops>", from.port, from.address);
    hostile.send(Buffer.alloc(60_000, 65), from.port, from.address);
    hostile.send(buildProbeMatch({ ...demoDevices()[0], mac: "00-11-22-33-44-55", serial: "SPOOF" }, "NOT-THE-PROBE"), from.port, from.address);
    hostile.send(buildProbeMatch({ ...demoDevices()[0], mac: "00-11-22-33-44-66", serial: "STRAY" }, probe.uuid).replace("<MAC>", "<MAC>zz"), from.port, from.address);
  });
  await new Promise<void>((r) => hostile.bind(0, "127.0.0.1", () => r()));
  hostilePort = hostile.address().port;
});

afterAll(async () => {
  await sim.close();
  hostile.close();
});

const target = () => ({ host: "127.0.0.1", port: sim.port });

describe("SADP client against the simulator on loopback", () => {
  it("finds every simulated device with its fields", async () => {
    const found = await scanLan({ target: target(), timeoutMs: 300 });
    expect(found.map((d) => d.serial).sort()).toEqual(demoDevices().map((d) => d.serial).sort());
    const camera = found.find((d) => d.model === "DS-2CD2143G2-I")!;
    expect(camera).toMatchObject({ mac: "44-19-b6-2a-10-01", ipv4: "192.168.1.64", activated: true, passwordResetAbility: true });
  });

  it("ignores a hostile responder without breaking the scan", async () => {
    expect(await scanLan({ target: { host: "127.0.0.1", port: hostilePort }, timeoutMs: 300 })).toEqual([]);
  });

  it("returns nothing when nobody answers", async () => {
    const silent = createSocket("udp4");
    await new Promise<void>((r) => silent.bind(0, "127.0.0.1", () => r()));
    const port = silent.address().port;
    try {
      expect(await scanLan({ target: { host: "127.0.0.1", port }, timeoutMs: 200 })).toEqual([]);
    } finally {
      silent.close();
    }
  });

  it("resets a device password with a valid code once; refuses wrong codes and weak passwords", async () => {
    const device = demoDevices()[1];
    const code = issueResetCode(KEY, device.serial, Date.now() + 60 * 60_000);
    expect(await sendResetPassword({ target: target(), device, code, password: "admin" + "99X", timeoutMs: 500 })).toEqual({ ok: false, reason: "password" });
    expect(await sendResetPassword({ target: target(), device, code, password: "Recorder-Pass7", timeoutMs: 500 })).toEqual({ ok: true });
    expect(sim.passwordOf(device.serial)).toBe("Recorder-Pass7");
    expect(await sendResetPassword({ target: target(), device, code, password: "Recorder-Pass8", timeoutMs: 500 })).toEqual({ ok: false, reason: "used" });
    const other = issueResetCode(KEY, demoDevices()[0].serial, Date.now() + 60 * 60_000);
    expect(await sendResetPassword({ target: target(), device, code: other, password: "Recorder-Pass9", timeoutMs: 500 })).toEqual({ ok: false, reason: "code" });
    expect(await sendResetPassword({ target: target(), device: { mac: "00-00-00-00-00-01" }, code, password: "Recorder-Pass9", timeoutMs: 200 })).toEqual({ ok: false, reason: "no_answer" });
  });

  it("reads host:port targets from configuration", () => {
    expect(parseTarget("239.255.255.250:37020")).toEqual({ host: "239.255.255.250", port: 37020 });
    expect(parseTarget("localhost:1")).toEqual({ host: "localhost", port: 1 });
    for (const bad of ["", "host", "host:0", "host:70000", "a b:1", "http://x:1"]) expect(parseTarget(bad)).toBeNull();
  });
});
