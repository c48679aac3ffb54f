import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Reset codes a device can check by itself with its maker's key, no database needed.
 * 16 symbols in groups of 4 (XXXX-XXXX-XXXX-XXXX) from 31 symbols without look-alikes (no 0/O,
 * 1/I/L), read as fixed-width base-31 numbers:
 *   expiry (minutes since the epoch, 6 symbols) | nonce (2 symbols) | HMAC (8 symbols, ~40 bits)
 * The HMAC-SHA256 covers serial|expiry|nonce: a code works on one device until it expires, and two
 * codes for the same device differ. Guessing is bounded by the device answering one try at a time.
 */
const SYMBOLS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const BASE = BigInt(SYMBOLS.length);

function encode(value: bigint, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = SYMBOLS[Number(value % BASE)] + out;
    value /= BASE;
  }
  return out;
}

function decode(text: string): bigint | null {
  let value = 0n;
  for (const ch of text) {
    const i = SYMBOLS.indexOf(ch);
    if (i < 0) return null;
    value = value * BASE + BigInt(i);
  }
  return value;
}

function mac(key: string, serial: string, expiry: string, nonce: string): string {
  const digest = createHmac("sha256", key).update(`${serial.trim().toUpperCase()}|${expiry}|${nonce}`).digest();
  return encode(BigInt(`0x${digest.subarray(0, 8).toString("hex")}`) % BASE ** 8n, 8);
}

const group = (s: string) => s.match(/.{4}/g)!.join("-");

export function issueResetCode(key: string, serial: string, expiresAt: number): string {
  const expiry = encode(BigInt(Math.ceil(expiresAt / 60_000)), 6);
  const nonce = encode(BigInt(randomInt(0, SYMBOLS.length ** 2)), 2);
  return group(expiry + nonce + mac(key, serial, expiry, nonce));
}

export function verifyResetCode(
  key: string,
  serial: string,
  code: string,
  now: number,
): { ok: true; expiresAt: number } | { ok: false; reason: "malformed" | "wrong" | "expired" } {
  const plain = code.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[A-Z2-9]{16}$/.test(plain)) return { ok: false, reason: "malformed" };
  const expiry = plain.slice(0, 6);
  const minutes = decode(expiry);
  if (minutes === null || decode(plain.slice(6)) === null) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(mac(key, serial, expiry, plain.slice(6, 8)));
  const given = Buffer.from(plain.slice(8));
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: "wrong" };
  const expiresAt = Number(minutes) * 60_000;
  if (now >= expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, expiresAt };
}
