import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Reset codes a device checks by itself with its maker's key: no database on the device.
 *
 * Layout: 16 symbols shown as XXXX-XXXX-XXXX-XXXX, from 31 symbols without look-alikes (no 0/O,
 * 1/I/L). Each part is a fixed-width base-31 number, most significant symbol first:
 *
 *   symbols 1-6   expiry, minutes since the Unix epoch, rounded up (31^6 minutes lasts to ~3650)
 *   symbols 7-8   random nonce (961 values), so codes for the same device and expiry differ
 *   symbols 9-16  HMAC-SHA256(key, "SERIAL|expiry|nonce"), first 64 bits mod 31^8 (~39.6 bits)
 *
 * The HMAC covers the expiry and nonce exactly as written, so changing any symbol breaks it, and
 * covers the serial, so a code works on one device only. ~40 bits is enough because a device
 * answers one guess per datagram and the code expires; it is not meant to resist offline search.
 */
const SYMBOLS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const BASE = BigInt(SYMBOLS.length);
const EXPIRY_WIDTH = 6;
const NONCE_WIDTH = 2;
const MAC_WIDTH = 8;
const CODE_LENGTH = EXPIRY_WIDTH + NONCE_WIDTH + MAC_WIDTH;

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

function authenticator(key: string, serial: string, expiry: string, nonce: string): string {
  const digest = createHmac("sha256", key).update(`${serial.trim().toUpperCase()}|${expiry}|${nonce}`).digest();
  return encode(digest.readBigUInt64BE(0) % BASE ** BigInt(MAC_WIDTH), MAC_WIDTH);
}

export function issueResetCode(key: string, serial: string, expiresAt: number): string {
  if (!key) throw new Error("issueResetCode: the vendor key is empty");
  const minutes = Math.ceil(expiresAt / 60_000);
  if (!Number.isSafeInteger(minutes) || minutes <= 0 || BigInt(minutes) >= BASE ** BigInt(EXPIRY_WIDTH)) {
    throw new RangeError("issueResetCode: expiresAt is out of range");
  }
  const expiry = encode(BigInt(minutes), EXPIRY_WIDTH);
  const nonce = encode(BigInt(randomInt(0, SYMBOLS.length ** NONCE_WIDTH)), NONCE_WIDTH);
  const plain = expiry + nonce + authenticator(key, serial, expiry, nonce);
  return plain.match(/.{4}/g)!.join("-");
}

export type ResetCodeCheck = { ok: true; expiresAt: number } | { ok: false; reason: "malformed" | "wrong" | "expired" };

/** Accepts lower case, spaces and missing dashes, as people type codes. */
export function verifyResetCode(key: string, serial: string, code: string, now: number): ResetCodeCheck {
  const plain = code.toUpperCase().replace(/[\s-]/g, "");
  if (plain.length !== CODE_LENGTH || decode(plain) === null) return { ok: false, reason: "malformed" };
  const expiry = plain.slice(0, EXPIRY_WIDTH);
  const nonce = plain.slice(EXPIRY_WIDTH, EXPIRY_WIDTH + NONCE_WIDTH);
  const expected = Buffer.from(authenticator(key, serial, expiry, nonce));
  const given = Buffer.from(plain.slice(EXPIRY_WIDTH + NONCE_WIDTH));
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: "wrong" };
  // Expiry is only trusted once the HMAC vouches for it.
  const expiresAt = Number(decode(expiry)) * 60_000;
  if (now >= expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, expiresAt };
}
