import { describe, expect, it } from "vitest";
import { harness } from "@/tests/machine-harness";
import { flows } from "@/lib/flows/registry";
import { validateDefinition } from "@/lib/flows/validate";
import { deviceResetCaseDefinition } from "./definition";

const entry = flows["device-reset-case"];
const scan = [{ model: "DS-2CD2143G2-I", serial: "SN-1", mac: "44-19-b6-2a-10-01", ipv4: "192.168.1.64", firmware: "V5", activated: true, passwordResetAbility: true }];
const start = () => harness({ ...deviceResetCaseDefinition, context: { ...deviceResetCaseDefinition.context, account: { id: "u1" }, scan } }, entry.implementations);

describe("device reset case flow", () => {
  it("is a valid definition that keeps its invariant", () => {
    expect(validateDefinition(deviceResetCaseDefinition, entry.implementations, entry.invariants)).toEqual([]);
  });

  it("opens a case with the scanned device, the photo and the commitment", () => {
    const h = start();
    h.send("SELECT_DEVICE", { device: "44-19-b6-2a-10-01" });
    h.send("UPLOAD_PHOTO", { photo: { id: "p1", blurry: true } });
    expect(h.state).toBe("confirm");
    expect(h.context.photo.warning).toMatch(/blurry/);
    h.send("CONFIRM", { commitment: false });
    expect(h.state).toBe("confirm");
    expect(h.effects).toEqual([]);
    h.send("CONFIRM", { commitment: true });
    expect(h.state).toBe("submitted");
    expect(h.effects).toEqual([{ kind: "openCase", userId: "u1", device: scan[0], photoId: "p1", photoBlurry: true }]);
  });

  it("lets the person go back for another photo", () => {
    const h = start();
    h.send("SELECT_DEVICE", { device: "44-19-b6-2a-10-01" });
    h.send("UPLOAD_PHOTO", { photo: { id: "p1", blurry: false } });
    expect(h.context.photo.warning).toBe("");
    h.send("CHANGE_PHOTO");
    expect(h.state).toBe("photo");
    h.send("BACK");
    expect(h.state).toBe("device");
  });
});
