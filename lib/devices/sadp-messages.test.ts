import { describe, expect, it } from "vitest";
import {
  buildProbe,
  buildProbeMatch,
  buildResetCommand,
  buildResetReply,
  isIpv4,
  looseBoolean,
  normalizeMac,
  parseProbe,
  parseProbeMatch,
  parseResetCommand,
  parseResetReply,
  type SadpDevice,
} from "./sadp-messages";

// What a camera sends back, with the extra fields real firmware adds (and this code ignores).
const REALISTIC = `<?xml version="1.0" encoding="UTF-8"?>
<ProbeMatch>
  <Uuid>7D1E9A40-52C3-4B8E-9F21-6A0C3D5B8E17</Uuid>
  <Types>inquiry</Types>
  <DeviceType>139</DeviceType>
  <DeviceDescription>DS-2CD2143G2-I</DeviceDescription>
  <DeviceSN> DS-2CD2143G2-I20231104AAWRJ12345678 </DeviceSN>
  <CommandPort>8000</CommandPort>
  <HttpPort>80</HttpPort>
  <MAC>44-19-B6-2A-10-01</MAC>
  <IPv4Address>192.168.1.64</IPv4Address>
  <IPv4SubnetMask>255.255.255.0</IPv4SubnetMask>
  <IPv4Gateway>192.168.1.1</IPv4Gateway>
  <IPv6Address>::</IPv6Address>
  <IPv6Gateway>::</IPv6Gateway>
  <IPv6MaskLen>64</IPv6MaskLen>
  <DHCP>false</DHCP>
  <AnalogChannelNum>0</AnalogChannelNum>
  <DigitalChannelNum>1</DigitalChannelNum>
  <SoftwareVersion>V5.7.3build 220112</SoftwareVersion>
  <DSPVersion>V7.3 build 220105</DSPVersion>
  <BootTime>2026-11-20 08:14:31</BootTime>
  <Encrypt>true</Encrypt>
  <ResetAbility>false</ResetAbility>
  <DiskNumber>0</DiskNumber>
  <Activated>true</Activated>
  <PasswordResetAbility>flase</PasswordResetAbility>
  <PasswordResetModeSecond>true</PasswordResetModeSecond>
  <SupportSecurityQuestion>true</SupportSecurityQuestion>
  <SupportHCPlatform>true</SupportHCPlatform>
  <HCPlatformEnable>false</HCPlatformEnable>
  <IsModifyVerificationCode>false</IsModifyVerificationCode>
  <Salt>3f0b6d2a91c84e57a0d1f6b2c9e47a18d35b0c6f2e914a7d8b3c5e6f7a1d2c4b</Salt>
  <DeviceLock>false</DeviceLock>
  <SDKServerStatus>true</SDKServerStatus>
  <SDKOverTLSServerStatus>false</SDKOverTLSServerStatus>
  <SDKOverTLSPort>8443</SDKOverTLSPort>
</ProbeMatch>`;

const CAMERA: SadpDevice = {
  uuid: "7D1E9A40-52C3-4B8E-9F21-6A0C3D5B8E17",
  model: "DS-2CD2143G2-I",
  serial: "DS-2CD2143G2-I20231104AAWRJ12345678",
  mac: "44-19-b6-2a-10-01",
  ipv4: "192.168.1.64",
  firmware: "V5.7.3build 220112",
  activated: true,
  passwordResetAbility: false,
};

/** REALISTIC with one element's content replaced, or the element removed when `value` is null. */
function withField(tag: string, value: string | null): string {
  const pattern = new RegExp(`<${tag}>[^<]*</${tag}>`);
  if (!pattern.test(REALISTIC)) throw new Error(`no ${tag} in the sample`);
  return REALISTIC.replace(pattern, value === null ? "" : `<${tag}>${value}</${tag}>`);
}

describe("probe", () => {
  it("is built with an upper-case uuid", () => {
    expect(buildProbe("7d1e9a40-52c3")).toBe('<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>7D1E9A40-52C3</Uuid><Types>inquiry</Types></Probe>');
    expect(parseProbe(buildProbe("abc"))).toEqual({ uuid: "ABC", type: "inquiry" });
  });
});

describe("parseProbeMatch", () => {
  it("reads a realistic reply, trimming the serial, normalising the MAC and reading 'flase' as false", () => {
    expect(parseProbeMatch(REALISTIC)).toEqual(CAMERA);
    expect(parseProbeMatch(Buffer.from(REALISTIC))).toEqual(CAMERA);
  });

  it("reads booleans loosely", () => {
    for (const yes of ["true", "TRUE", "True", "1", "yes", " yes "]) expect(looseBoolean(yes)).toBe(true);
    for (const no of ["false", "flase", "FALSE", "0", "no", "", "maybe", "truee", undefined]) expect(looseBoolean(no)).toBe(false);
    expect(parseProbeMatch(withField("PasswordResetAbility", "TRUE"))?.passwordResetAbility).toBe(true);
    expect(parseProbeMatch(withField("Activated", "flase"))?.activated).toBe(false);
    expect(parseProbeMatch(withField("Activated", null))?.activated).toBe(false);
  });

  it("normalises MACs and checks IPv4 addresses", () => {
    expect(normalizeMac("44:19:B6:AA:BB:CC")).toBe("44-19-b6-aa-bb-cc");
    expect(normalizeMac("4419.b6aa.bbcc")).toBe("44-19-b6-aa-bb-cc");
    expect(normalizeMac("44-19-b6-aa-bb")).toBeNull();
    expect(isIpv4("10.0.0.255")).toBe(true);
    for (const bad of ["10.0.0.256", "10.0.0", "10.0.0.1.2", "010.0.0.1", "a.b.c.d", "::1", ""]) expect(isIpv4(bad)).toBe(false);
  });

  it("round-trips what the simulator sends", () => {
    const d: SadpDevice = { model: "DS-7608NI-K2", serial: "SN1", mac: "44-19-b6-2a-10-02", ipv4: "10.0.0.2", firmware: "V4", activated: false, passwordResetAbility: true };
    expect(parseProbeMatch(buildProbeMatch(d, "U1"))).toEqual({ ...d, uuid: "U1" });
  });

  it("ignores nested extra elements but not a nested field it reads", () => {
    expect(parseProbeMatch(REALISTIC.replace("<Salt>", "<OEMInfo><Vendor>x</Vendor></OEMInfo><Salt>"))).toEqual(CAMERA);
    expect(parseProbeMatch(withField("DeviceSN", "<a>nested</a>"))).toBeNull();
    expect(parseProbeMatch(REALISTIC.replace("<MAC>", "<MAC>44-19-b6-2a-10-09</MAC><MAC>"))).toBeNull();
  });

  it("accepts a reply of 8 KiB", () => {
    const padded = REALISTIC.replace("</ProbeMatch>", `${" ".repeat(8 * 1024 - REALISTIC.length)}</ProbeMatch>`);
    expect(Buffer.byteLength(padded)).toBe(8 * 1024);
    expect(parseProbeMatch(padded)).toEqual(CAMERA);
  });

  it("accepts a field of 128 characters and refuses one of 129", () => {
    expect(parseProbeMatch(withField("DeviceDescription", "M".repeat(128)))?.model).toHaveLength(128);
    expect(parseProbeMatch(withField("DeviceDescription", "M".repeat(129)))).toBeNull();
    expect(parseProbeMatch(withField("DSPVersion", "x".repeat(129)))).toBeNull();
  });

  it("returns null, without throwing, for malformed, incomplete, oversized and hostile input", () => {
    const billionLaughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><ProbeMatch><DeviceSN>&lol3;</DeviceSN></ProbeMatch>';
    const hostile: Array<[string, string | Buffer]> = [
      ["empty", ""],
      ["not XML", "not xml at all"],
      ["unclosed", "<ProbeMatch><DeviceSN>x</DeviceSN>"],
      ["mismatched tags", "<ProbeMatch><DeviceSN>x</MAC></ProbeMatch>"],
      ["cut short", REALISTIC.slice(0, REALISTIC.length - 20)],
      ["another root", REALISTIC.replace(/ProbeMatch>/g, "Probe>")],
      ["wrapped in another root", `<Other>${REALISTIC.replace(/<\?xml[^>]*\?>/, "")}</Other>`],
      ["two roots", `${REALISTIC}<ProbeMatch></ProbeMatch>`],
      ["a reset reply", buildResetReply({ uuid: "U", mac: "44-19-b6-2a-10-01", result: "success" })],
      ["empty serial", withField("DeviceSN", "   ")],
      ["no serial", withField("DeviceSN", null)],
      ["no MAC", withField("MAC", null)],
      ["no IPv4", withField("IPv4Address", null)],
      ["MAC with non-hex", withField("MAC", "zz-19-b6-2a-10-01")],
      ["short MAC", withField("MAC", "44-19-b6-2a-10")],
      ["IPv4 out of range", withField("IPv4Address", "192.168.1.300")],
      ["IPv6 instead of IPv4", withField("IPv4Address", "::1")],
      ["oversized", withField("DSPVersion", "x".repeat(100)).replace("<Salt>", `<Pad>${"p".repeat(9000)}</Pad><Salt>`)],
      ["oversized by whitespace alone", REALISTIC.replace("</ProbeMatch>", `${" ".repeat(8 * 1024 - REALISTIC.length + 1)}</ProbeMatch>`)],
      ["oversized buffer", Buffer.alloc(60_000, 65)],
      ["billion laughs", billionLaughs],
      ["billion laughs in a complete reply", REALISTIC.replace(/<\?xml[^>]*\?>/, billionLaughs.slice(0, billionLaughs.indexOf("<ProbeMatch>"))).replace("</Salt>", "</Salt><Extra>&lol3;</Extra>")],
      ["harmless doctype", REALISTIC.replace(/<\?xml[^>]*\?>/, "<!DOCTYPE ProbeMatch>")],
      ["entity without doctype", `<!ENTITY x "y">${REALISTIC}`],
      ["external entity", '<!doctype p [<!ENTITY x SYSTEM "file:///etc/passwd">]><ProbeMatch><DeviceSN>&x;</DeviceSN></ProbeMatch>'],
      ["control character", withField("DeviceDescription", "bad\u0001char")],
      ["escape character", withField("DeviceSN", "SN\u001b[2J")],
      ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x00, 0x01])],
    ];
    for (const [what, input] of hostile) expect(parseProbeMatch(input), what).toBeNull();
  });
});

describe("reset command and reply", () => {
  const mac = "44-19-b6-2a-10-01";

  it("round-trip, escaping markup in the password", () => {
    const password = "a<b>&c'd\"</Password>";
    const cmd = buildResetCommand({ uuid: "u-1", mac: "44:19:B6:2A:10:01", code: "ABCD-EFGH-JKMN-PQRS", password });
    expect(cmd).toContain("<Types>resetPassword</Types>");
    expect(cmd).toContain("<Password>a&lt;b&gt;&amp;c&apos;d&quot;&lt;/Password&gt;</Password>");
    expect(parseResetCommand(cmd)).toEqual({ uuid: "U-1", mac, code: "ABCD-EFGH-JKMN-PQRS", password });
    // Already-escaped text survives as written rather than being decoded twice.
    expect(parseResetCommand(buildResetCommand({ uuid: "u", mac, code: "C", password: "x&lt;y" }))?.password).toBe("x&lt;y");
  });

  it("is not taken for a probe's inquiry, nor a probe for a command", () => {
    expect(parseProbe(buildResetCommand({ uuid: "u", mac, code: "C", password: "p" }))).toMatchObject({ type: "resetPassword" });
    expect(parseResetCommand(buildProbe("u"))).toBeNull();
    expect(parseResetCommand("<Probe><Types>resetPassword</Types></Probe>")).toBeNull();
    expect(parseResetCommand(buildResetCommand({ uuid: "u", mac: "nope", code: "C", password: "p" }))).toBeNull();
  });

  it("replies round-trip with their result and reason", () => {
    expect(parseResetReply(buildResetReply({ uuid: "U-1", mac, result: "failed", reason: "used" }))).toEqual({ uuid: "U-1", mac, ok: false, reason: "used" });
    expect(parseResetReply(buildResetReply({ uuid: "U-1", mac, result: "success" }))).toEqual({ uuid: "U-1", mac, ok: true });
    expect(buildResetReply({ uuid: "U-1", mac, result: "success" })).toMatch(/^<\?xml[^>]*\?><ProbeMatch>.*<Types>resetPassword<\/Types><Result>success<\/Result><\/ProbeMatch>$/);
  });

  it("replies that are not one are refused", () => {
    expect(parseResetReply(REALISTIC)).toBeNull();
    expect(parseResetReply(buildResetReply({ uuid: "U", mac, result: "success" }).replace("success", "maybe"))).toBeNull();
    expect(parseResetReply(buildResetReply({ uuid: "U", mac: "bad", result: "success" }))).toBeNull();
    expect(parseResetReply("<!DOCTYPE x><ProbeMatch/>")).toBeNull();
  });
});
