import { describe, expect, it } from "vitest";
import { describePlace, networkOf } from "./networks";

describe("client networks", () => {
  it("groups IPv4 addresses by /16 and IPv6 by /48", () => {
    expect(networkOf("203.0.113.9")).toBe("203.0");
    expect(networkOf("203.0.7.1")).toBe(networkOf("203.0.113.9"));
    expect(networkOf("::ffff:198.51.100.4")).toBe("198.51");
    expect(networkOf("2001:db8:1::5")).toBe("2001:0db8:0001");
    expect(networkOf("2001:db8:1:ffff::9")).toBe(networkOf("2001:db8:1::5"));
    expect(networkOf("2001:db8:2::5")).not.toBe(networkOf("2001:db8:1::5"));
  });

  it("returns null for what is not an address", () => {
    for (const bad of [undefined, null, "", "unknown", "1.2.3", "999.1.1.1", "::1::2", "a.b.c.d"]) expect(networkOf(bad)).toBeNull();
  });

  it("describes places without a geolocation database", () => {
    expect(describePlace("127.0.0.1")).toBe("This computer");
    expect(describePlace("::1")).toBe("This computer");
    expect(describePlace("192.168.1.20")).toBe("Local network");
    expect(describePlace("172.20.0.2")).toBe("Local network");
    expect(describePlace("fd00::1")).toBe("Local network");
    expect(describePlace("203.0.113.9")).toBe("Network 203.0.x.x");
    expect(describePlace("2001:db8:1::5")).toBe("Network 2001:0db8:0001::/48");
    expect(describePlace(null)).toBe("Unknown network");
  });
});
