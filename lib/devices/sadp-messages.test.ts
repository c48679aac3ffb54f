import { describe, expect, it } from "vitest";
import {
  buildProbe,
  buildProbeMatch,
  buildResetCommand,
  buildResetReply,
  parseProbeMatch,
  parseResetCommand,
  parseResetReply,
} from "./sadp-messages";

const match = (fields: Record<string, string>) =>
  `<?xml version="1.0" encoding="utf-8"?><ProbeMatch>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join("")}</ProbeMatch>`;

const camera = {
  Uuid: "5F3C2C8A-1111-2222-3333-444455556666",
  Types: "inquiry",
  DeviceType: "139",
  DeviceDescription: "DS-2CD2143G2-I",
  DeviceSN: "DS-2CD2143G2-I20231104AAWRJ12345678",
  CommandPort: "8000",
  HttpPort: "80",
  MAC: "44-19-B6-2A-10-01",
  IPv4Address: "192.168.1.64",
  IPv4SubnetMask: "255.255.255.0",
  IPv4Gateway: "192.168.1.1",
  DHCP: "false",
  SoftwareVersion: "V5.7.3build 220112",
  Activated: "true",
  PasswordResetAbility: "flase",
};

describe("SADP messages", () => {
  it("builds a probe with an upper-case uuid", () => {
    expect(buildProbe("abc-123")).toBe('<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>ABC-123</Uuid><Types>inquiry</Types></Probe>');
  });

  it("parses a realistic ProbeMatch, reading 'flase' as false", () => {
    expect(parseProbeMatch(match(camera))).toEqual({
      uuid: camera.Uuid,
      model: "DS-2CD2143G2-I",
      serial: "DS-2CD2143G2-I20231104AAWRJ12345678",
      mac: "44-19-b6-2a-10-01",
      ipv4: "192.168.1.64",
      firmware: "V5.7.3build 220112",
      activated: true,
      passwordResetAbility: false,
    });
    expect(parseProbeMatch(Buffer.from(match({ ...camera, Activated: "1", PasswordResetAbility: "TRUE" })))).toMatchObject({ activated: true, passwordResetAbility: true });
  });

  it("round-trips what the simulator sends", () => {
    const d = { model: "DS-7608NI-K2", serial: "SN1", mac: "44-19-b6-2a-10-02", ipv4: "10.0.0.2", firmware: "V4", activated: false, passwordResetAbility: true };
    expect(parseProbeMatch(buildProbeMatch(d, "U1"))).toEqual({ ...d, uuid: "U1" });
  });

  it("skips malformed, incomplete, oversized and hostile replies without throwing", () => {
    const hostile = [
      "",
      "not xml at all",
      "<ProbeMatch><DeviceSN>x</DeviceSN>",
      match({ ...camera, DeviceSN: "" }),
      match({ ...camera, MAC: "zz-19-b6-2a-10-01" }),
      match({ ...camera, MAC: "44-19-b6-2a-10" }),
      match({ ...camera, IPv4Address: "192.168.1.300" }),
      match({ ...camera, IPv4Address: "::1" }),
      `<Other>${match(camera)}</Other>`,
      match({ ...camera, DeviceDescription: "A".repeat(200) }),
      match({ ...camera, DeviceDescription: "x".repeat(9000) }),
      match({ ...camera, DeviceDescription: "bad\u0001char" }),
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><ProbeMatch><DeviceSN>&lol2;</DeviceSN></ProbeMatch>`,
      match({ ...camera, DeviceSN: "<a>nested</a>" }),
      Buffer.from([0xff, 0xfe, 0x00, 0x01]),
    ];
    for (const h of hostile) expect(parseProbeMatch(h)).toBeNull();
  });

  it("round-trips the reset command and reply, escaping markup in the password", () => {
    const cmd = buildResetCommand({ uuid: "u-1", mac: "44-19-b6-2a-10-01", code: "ABCD-EFGH-JKMN-PQRS", password: "a<b>&c'd\"" });
    expect(cmd).not.toContain("a<b>");
    expect(parseResetCommand(cmd)).toEqual({ uuid: "U-1", mac: "44-19-b6-2a-10-01", code: "ABCD-EFGH-JKMN-PQRS", password: "a<b>&c'd\"" });
    expect(parseResetReply(buildResetReply({ uuid: "U-1", mac: "44-19-b6-2a-10-01", result: "failed", reason: "code" }))).toEqual({
      uuid: "U-1",
      mac: "44-19-b6-2a-10-01",
      ok: false,
      reason: "code",
    });
    expect(parseResetReply(buildResetReply({ uuid: "U-1", mac: "44-19-b6-2a-10-01", result: "success" }))).toMatchObject({ ok: true });
    expect(parseResetCommand("<Probe><Types>resetPassword</Types></Probe>")).toBeNull();
    expect(parseResetReply(match(camera))).toBeNull();
  });
});
