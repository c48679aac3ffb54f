import { createHash, createSign, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { finishRegistration, registrationOptions, relyingParty } from "@/lib/accounts/passkeys";

/**
 * A software authenticator (ES256, "none" attestation) so the server's WebAuthn checks run for
 * real: registration, sign-in, and the answers a cloned or replayed authenticator would give.
 */
export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly key: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  counter = 0;
  /** The origin its client data names: the site's by default, an app's own (Android) when set. */
  origin: string | undefined;
  constructor(readonly userHandle: Uint8Array) {}

  private rpIdHash() {
    return createHash("sha256").update(relyingParty().rpID).digest();
  }

  private clientData(type: string, challenge: string) {
    return Buffer.from(
      JSON.stringify({
        type,
        challenge,
        origin: this.origin ?? relyingParty().origins[0],
        crossOrigin: false,
      }),
    );
  }

  register(challenge: string): RegistrationResponseJSON {
    const jwk = this.key.publicKey.export({ format: "jwk" });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, isoBase64URL.toBuffer(jwk.x!)],
        [-3, isoBase64URL.toBuffer(jwk.y!)],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([this.rpIdHash(), Buffer.from([0x45]), Buffer.alloc(4), Buffer.alloc(16), idLength, this.credentialId, Buffer.from(cose)]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", new Uint8Array(authData)],
      ]) as never,
    );
    const id = isoBase64URL.fromBuffer(new Uint8Array(this.credentialId));
    return {
      id,
      rawId: id,
      type: "public-key",
      response: {
        clientDataJSON: isoBase64URL.fromBuffer(new Uint8Array(this.clientData("webauthn.create", challenge))),
        attestationObject: isoBase64URL.fromBuffer(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
    };
  }

  /** An assertion; `counter` defaults to the next value, as a real authenticator's would. */
  assert(challenge: string, opts: { counter?: number; userHandle?: Uint8Array } = {}): AuthenticationResponseJSON {
    this.counter = opts.counter ?? this.counter + 1;
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    const authData = Buffer.concat([this.rpIdHash(), Buffer.from([0x05]), count]);
    const clientData = this.clientData("webauthn.get", challenge);
    const signer = createSign("sha256");
    signer.update(Buffer.concat([authData, createHash("sha256").update(clientData).digest()]));
    const id = isoBase64URL.fromBuffer(new Uint8Array(this.credentialId));
    const b64 = (b: Buffer) => isoBase64URL.fromBuffer(new Uint8Array(b));
    return {
      id,
      rawId: id,
      type: "public-key",
      response: {
        clientDataJSON: b64(clientData),
        authenticatorData: b64(authData),
        signature: b64(signer.sign(this.key.privateKey)),
        userHandle: isoBase64URL.fromBuffer(new Uint8Array(opts.userHandle ?? this.userHandle)),
      },
      clientExtensionResults: {},
    };
  }
}

/** Register a new software passkey for an account, through the real registration checks. */
export async function registerSoftPasskey(userId: string, name = "Laptop"): Promise<SoftAuthenticator> {
  const { challengeId, options } = await registrationOptions(userId);
  const authenticator = new SoftAuthenticator(isoBase64URL.toBuffer(options.user.id));
  const result = await finishRegistration(userId, {
    challengeId,
    name,
    response: authenticator.register(options.challenge),
  });
  if (!result.ok) throw new Error(`registration refused: ${result.error}`);
  return authenticator;
}
