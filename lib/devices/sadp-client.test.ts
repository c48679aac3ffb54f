import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { parseTarget, scanLan, sendResetPassword } from "./sadp-client";
import { buildProbeMatch, parseProbe } from "./sadp-messages";
import { demoDevices, startSimulator, type Simulator } from "./simulator";
import { issueResetCode } from "./reset-code";

/*
 * Real UDP on loopback. Multicast is not dependable in a sandbox, so a "LAN" is modelled by a hub:
 * the client probes the hub, which passes the probe on to the simulator and its answers (each twice)
 * back to the client, while a hostile responder on another socket answers the client too.
 */

const KEY = "test-vendor-key";
const HOUR = 60 * 60_000;
let sim: Simulator;
let hub: Socket;
let hostile: Socket;
let hostileHits = 0;

const bound = async (socket: Socket) => {
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", () => resolve()));
  return socket.address().port;
};

/** Garbage, an oversized datagram, and ProbeMatches that must not count, sent to `to`. */
function attack(to: RemoteInfo, probeUuid: string) {
  hostileHits++;
  const sendTo = (data: string | Buffer) => hostile.send(data, to.port, to.address);
  const spoof = { ...demoDevices()[0], model: "SPOOF" };
  sendTo("<ProbeMatch><oops>");
  sendTo(Buffer.from([0xff, 0x00, 0x3c, 0x21]));
  sendTo(Buffer.alloc(9_000, "<"));
  sendTo(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${buildProbeMatch({ ...spoof, mac: "00-11-22-33-44-00" }, probeUuid)}`);
  sendTo(buildProbeMatch({ ...spoof, mac: "00-11-22-33-44-55", serial: "WRONG-UUID" }, "NOT-THE-PROBE"));
  sendTo(buildProbeMatch({ ...spoof, mac: "00-11-22-33-44-66", serial: "BAD-MAC" }, probeUuid).replace("<MAC>", "<MAC>zz"));
  sendTo(buildProbeMatch({ ...spoof, serial: "BAD-IP", ipv4: "300.1.1.1" }, probeUuid));
}

let hubPort = 0;
let hostilePort = 0;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, devices: demoDevices(), vendorKey: KEY });
  hostile = createSocket("udp4");
  hostile.on("message", (msg, from) => {
    const probe = parseProbe(msg);
    if (probe) attack(from, probe.uuid);
  });
  hostilePort = await bound(hostile);

  hub = createSocket("udp4");
  let client: RemoteInfo | undefined;
  hub.on("message", (msg, from) => {
    if (from.port === sim.port) {
      if (client) for (let i = 0; i < 2; i++) hub.send(msg, client.port, client.address);
      return;
    }
    client = from;
    const probe = parseProbe(msg);
    if (probe) attack(from, probe.uuid);
    hub.send(msg, sim.port, "127.0.0.1");
  });
  hubPort = await bound(hub);
});

afterAll(async () => {
  await sim.close();
  hub.close();
  hostile.close();
});

const target = () => ({ host: "127.0.0.1", port: sim.port });

describe("scanLan", () => {
  it("finds every simulated device with its fields, sorted by model then serial", async () => {
    const found = await scanLan({ target: target(), timeoutMs: 300 });
    expect(found.map((d) => d.model)).toEqual(["DS-2CD2143G2-I", "DS-2DE4425IW-DE", "DS-7608NI-K2"]);
    const byMac = new Map(demoDevices().map((d) => [d.mac, d]));
    for (const d of found) {
      const { password: _password, ...expected } = byMac.get(d.mac)!;
      expect(d).toEqual({ ...expected, uuid: expect.stringMatching(/^[0-9A-F-]{36}$/) });
    }
    expect(found.find((d) => d.model === "DS-2DE4425IW-DE")?.activated).toBe(false);
  });

  it("keeps the real devices, once each, and nothing else when a hostile responder answers too", async () => {
    const before = hostileHits;
    const found = await scanLan({ target: { host: "127.0.0.1", port: hubPort }, timeoutMs: 300 });
    expect(hostileHits).toBe(before + 1);
    expect(found.map((d) => d.serial).sort()).toEqual(demoDevices().map((d) => d.serial).sort());
  });

  it("finds nothing when only a hostile responder answers", async () => {
    expect(await scanLan({ target: { host: "127.0.0.1", port: hostilePort }, timeoutMs: 300 })).toEqual([]);
  });

  it("returns nothing after the timeout when nobody answers", async () => {
    const silent = createSocket("udp4");
    const port = await bound(silent);
    try {
      const started = performance.now();
      expect(await scanLan({ target: { host: "127.0.0.1", port }, timeoutMs: 200 })).toEqual([]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    } finally {
      silent.close();
    }
  });

  it("rejects, rather than hangs, when the probe cannot be sent", async () => {
    await expect(scanLan({ target: { host: "127.0.0.1", port: 0 }, timeoutMs: 200 })).rejects.toThrow();
    await expect(scanLan({ target: target(), bindAddress: "203.0.113.9", timeoutMs: 200 })).rejects.toThrow();
  });
});

describe("sendResetPassword", () => {
  const reset = (mac: string, code: string, password: string, timeoutMs = 500) =>
    sendResetPassword({ target: target(), device: { mac }, code, password, timeoutMs });

  it("sets a new password with a valid code, once", async () => {
    const device = demoDevices()[1];
    const code = issueResetCode(KEY, device.serial, Date.now() + HOUR);
    expect(sim.passwordOf(device.serial)).toBeUndefined();
    expect(await reset(device.mac, code, "Recorder-Pass7")).toEqual({ ok: true });
    expect(sim.passwordOf(device.serial)).toBe("Recorder-Pass7");
    expect(await reset(device.mac, code, "Recorder-Pass8")).toEqual({ ok: false, reason: "used" });
    // Retyped differently, it is still the same code.
    expect(await reset(device.mac.toUpperCase().replace(/-/g, ":"), code.toLowerCase().replace(/-/g, ""), "Recorder-Pass8")).toEqual({ ok: false, reason: "used" });
    expect(sim.passwordOf(device.serial)).toBe("Recorder-Pass7");
  });

  it("refuses a code for another device, an expired code and a weak password", async () => {
    const [camera, , ptz] = demoDevices();
    const otherDevice = issueResetCode(KEY, ptz.serial, Date.now() + HOUR);
    expect(await reset(camera.mac, otherDevice, "Camera-Pass9")).toEqual({ ok: false, reason: "code" });
    expect(await reset(camera.mac, "AAAA-BBBB-CCCC-DDDD", "Camera-Pass9")).toEqual({ ok: false, reason: "code" });
    expect(await reset(camera.mac, issueResetCode("other-key", camera.serial, Date.now() + HOUR), "Camera-Pass9")).toEqual({ ok: false, reason: "code" });
    expect(await reset(camera.mac, issueResetCode(KEY, camera.serial, Date.now() - 60_000), "Camera-Pass9")).toEqual({ ok: false, reason: "expired" });
    const code = issueResetCode(KEY, camera.serial, Date.now() + HOUR);
    expect(await reset(camera.mac, code, "admin99X")).toEqual({ ok: false, reason: "password" });
    expect(await reset(camera.mac, code, "short")).toEqual({ ok: false, reason: "password" });
    expect(sim.passwordOf(camera.serial)).toBeUndefined();
    // A refused password does not use the code up.
    expect(await reset(camera.mac, code, "Camera-Pass9")).toEqual({ ok: true });
  });

  it("gives no_answer when no device has the MAC, and bad_mac for a MAC that is not one", async () => {
    const code = issueResetCode(KEY, demoDevices()[2].serial, Date.now() + HOUR);
    expect(await reset("00-00-00-00-00-01", code, "Dome-Pass9x", 200)).toEqual({ ok: false, reason: "no_answer" });
    expect(await reset("not-a-mac", code, "Dome-Pass9x", 200)).toEqual({ ok: false, reason: "bad_mac" });
  });

  it("keeps the simulator answering after malformed packets", async () => {
    const sender = createSocket("udp4");
    await bound(sender);
    for (const junk of ["", "<Probe>", "<Probe><Uuid>x</Uuid><Types>resetPassword</Types><MAC>44-19-b6-2a-10-03</MAC><Code>x</Code></Probe>", "\u0000".repeat(100)]) {
      sender.send(junk, sim.port, "127.0.0.1");
    }
    sender.close();
    expect(await scanLan({ target: target(), timeoutMs: 200 })).toHaveLength(3);
  });
});

describe("parseTarget", () => {
  it("reads host:port from configuration", () => {
    expect(parseTarget("239.255.255.250:37020")).toEqual({ host: "239.255.255.250", port: 37020 });
    expect(parseTarget(" 127.0.0.1:65535 ")).toEqual({ host: "127.0.0.1", port: 65535 });
    expect(parseTarget("localhost:1")).toEqual({ host: "localhost", port: 1 });
    expect(parseTarget("sadp-relay.lan.example:37020")).toEqual({ host: "sadp-relay.lan.example", port: 37020 });
  });

  it("returns null for anything else", () => {
    const bad = ["", "host", ":37020", "host:", "host:0", "host:65536", "host:70000", "host:-1", "a b:1", "http://x:1", "999.1.1.1:1", "1.2.3:1", "-host:1", "host_name:1", "[::1]:1", "host:1:2"];
    for (const text of bad) expect(parseTarget(text), text).toBeNull();
    expect(parseTarget(undefined)).toBeNull();
  });
});
