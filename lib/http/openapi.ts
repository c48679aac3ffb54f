import { z } from "zod";
import { passkeyOptionsRequest, passkeySignInRequest, signInRequest } from "@/lib/auth/sign-in-api";

/**
 * The OpenAPI 3.1 document of the JSON API, served at /api/openapi.json. Request bodies the server
 * validates with zod are exported from those schemas (z.toJSONSchema), so the document cannot
 * drift from what is accepted; answers are described here and tests/integration/openapi.test.ts
 * validates real answers of every operation against them (ajv, JSON Schema 2020-12).
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const answer = (description: string, schema: object, headers?: object) => ({ description, content: json(schema), ...(headers ? { headers } : {}) });
const error = (description: string) => answer(description, ref("Error"));

const link = { type: "object", required: ["label", "href"], properties: { label: { type: "string" }, href: { type: "string" } } };

const schemas = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", description: "Stable per problem: invalid_request, rate_limited, flow_not_found, …" },
          message: { type: "string", description: "Words for people." },
          retryAt: { type: "string", format: "date-time" },
          issues: { type: "array", items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } } },
        },
      },
      errors: { type: "array", items: ref("FieldError") },
      deviceToken: { type: "string", description: "Sign-in answers only: keep it and send it with the next sign-in." },
    },
  },
  FieldError: {
    type: "object",
    required: ["field", "code", "message"],
    properties: { field: { type: ["string", "null"], description: "null for a problem of the whole step" }, code: { type: "string" }, message: { type: "string" } },
  },
  Action: {
    type: "object",
    required: ["event", "label"],
    properties: {
      event: { type: "string", description: "Send it as `action` to press this button." },
      label: { type: "string" },
      validate: { type: "boolean" },
      secondary: { type: "boolean" },
      availableAt: { type: "string", format: "date-time", description: "Resend: refused before this time." },
      availableAtPath: { type: "string" },
      showIfPath: { type: "string" },
    },
  },
  Field: {
    type: "object",
    required: ["name", "kind", "label"],
    properties: {
      name: { type: "string" },
      kind: {
        enum: ["country", "email", "phone", "captcha", "code", "username", "new-password", "confirm-password", "checkbox", "text", "auth-code", "device", "photo"],
      },
      label: { type: "string" },
      hint: { type: "string" },
      required: { type: "boolean" },
      autoComplete: { type: "string" },
      off: { type: "boolean" },
      links: { type: "array", items: link },
      value: { type: ["string", "boolean"] },
      error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } },
      captcha: {
        type: "object",
        required: ["id", "image"],
        properties: { id: { type: "string", description: "Send it back as the field captchaId." }, image: { type: "string", description: "A data: URL of the picture." } },
      },
      countryCode: { type: "string" },
      options: { type: "array", items: { type: "object", required: ["value", "label"], properties: { value: { type: "string" }, label: { type: "string" }, detail: { type: "string" } } } },
    },
  },
  Step: {
    type: "object",
    description: "One step of a flow, as the pages show it.",
    required: ["flow", "id", "revision", "status", "expiresAt", "step", "title", "fields", "actions", "links", "context"],
    properties: {
      flow: { type: "string" },
      id: { type: "string", format: "uuid" },
      revision: { type: "integer", minimum: 0, description: "Send it back with the next submission; an older one answers 409." },
      status: { enum: ["active", "completed", "expired"] },
      expiresAt: { type: "string", format: "date-time" },
      step: { type: "string" },
      title: { type: "string" },
      description: { type: "string" },
      warning: { type: "string" },
      progress: { type: "object", required: ["step", "of"], properties: { step: { type: "integer" }, of: { type: "integer" } } },
      fields: { type: "array", items: ref("Field") },
      submit: ref("Action"),
      actions: { type: "array", items: ref("Action") },
      links: { type: "array", items: link },
      tabs: {
        type: "object",
        description: "Other versions of this step (Email / Mobile Phone Number): send an event of `others` as `action` to switch.",
        required: ["current", "others"],
        properties: {
          current: { type: "string" },
          others: { type: "array", items: { type: "object", required: ["label", "event"], properties: { label: { type: "string" }, event: { type: "string" } } } },
        },
      },
      error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } },
      context: { type: "object", properties: { country: { type: "string" }, target: { type: "string" } } },
    },
  },
  StepAnswer: {
    type: "object",
    required: ["flow", "errors"],
    properties: {
      flow: ref("Step"),
      errors: { type: "array", items: ref("FieldError") },
      token: { type: "string", description: "Only when a flow starts: the bearer token that owns it." },
      loginToken: { type: "string", description: "When a registration or sign-in check completes: exchange it at POST /api/session." },
    },
  },
  Submission: {
    type: "object",
    required: ["revision"],
    properties: {
      revision: { type: "integer", minimum: 0 },
      action: { type: "string", maxLength: 64, description: "The event of one of the step's buttons; the main button when left out." },
      fields: { type: "object", additionalProperties: { type: ["string", "boolean"], maxLength: 2048 } },
    },
  },
  SignInRequest: z.toJSONSchema(signInRequest, { io: "input", target: "draft-2020-12" }),
  SignInAnswer: {
    oneOf: [
      {
        type: "object",
        required: ["status", "deviceToken"],
        properties: { status: { const: "signed_in" }, deviceToken: { type: "string" } },
        additionalProperties: false,
      },
      {
        type: "object",
        required: ["status", "flow", "token", "deviceToken"],
        properties: { status: { const: "check" }, flow: ref("Step"), token: { type: "string" }, deviceToken: { type: "string" } },
        additionalProperties: false,
      },
    ],
  },
  PasskeyOptionsRequest: z.toJSONSchema(passkeyOptionsRequest, { io: "input", target: "draft-2020-12" }),
  PasskeyOptions: {
    type: "object",
    required: ["challengeId", "options"],
    properties: {
      challengeId: { type: "string", format: "uuid", description: "Send it back with the answer; it works once, for five minutes." },
      options: {
        type: "object",
        description: "WebAuthn PublicKeyCredentialRequestOptionsJSON: hand it to the platform's passkey API as it is.",
        required: ["challenge"],
        properties: {
          challenge: { type: "string", description: "base64url" },
          rpId: { type: "string", description: "APP_URL's host name (PASSKEY_RP_ID overrides it)." },
          timeout: { type: "integer" },
          userVerification: { enum: ["required", "preferred", "discouraged"] },
          allowCredentials: {
            type: "array",
            description: "Empty: the authenticator offers its passkeys for this site (discoverable credentials).",
            items: { type: "object", required: ["id", "type"], properties: { id: { type: "string" }, type: { const: "public-key" }, transports: { type: "array", items: { type: "string" } } } },
          },
          hints: { type: "array", items: { type: "string" } },
          extensions: { type: "object" },
        },
      },
    },
  },
  PasskeySignInRequest: z.toJSONSchema(passkeySignInRequest, { io: "input", target: "draft-2020-12" }),
  PasskeySignInAnswer: {
    type: "object",
    required: ["status"],
    properties: { status: { const: "signed_in", description: "The session cookie is set on this answer." } },
    additionalProperties: false,
  },
  Session: {
    type: "object",
    required: ["user"],
    properties: {
      user: {
        type: "object",
        required: ["id", "name", "role"],
        properties: { id: { type: "string" }, name: { type: "string" }, email: { type: ["string", "null"] }, role: { type: "string" } },
      },
    },
  },
};

const bearerAuth = [{ flowToken: [] }];
const flowParam = { name: "flow", in: "path", required: true, schema: { type: "string" }, description: "user-registration, installer-registration, password-recovery; sign-in-check only to continue" };
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const text = (description: string) => ({ description, content: { "text/plain": { schema: { type: "string" } } } });

/** Every operation that reads the database answers 503 (with Retry-After) while the database is away. */
const unavailable = error("unavailable: the database could not be reached and nothing was saved; try again after Retry-After seconds.");

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Gatehouse JSON API",
    version: "1",
    description:
      "Registration, password recovery and sign-in (password or passkey) for native apps. Flows are started, shown and submitted step by step; every step is described as data (fields, buttons, errors).",
  },
  jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
  components: {
    schemas,
    securitySchemes: { flowToken: { type: "http", scheme: "bearer", description: "The token a flow start (or POST /api/sign-in) answered." } },
  },
  paths: {
    "/api/flows/{flow}": {
      post: {
        operationId: "startFlow",
        summary: "Start a public flow",
        parameters: [flowParam],
        responses: { "503": unavailable,
          "201": answer("Started: the first step and the token that owns the flow.", ref("StepAnswer")),
          "404": error("No public flow of that name."),
          "429": error("Too many flows started from this network."),
        },
      },
    },
    "/api/flows/{flow}/{id}": {
      get: {
        operationId: "showStep",
        summary: "The current step",
        parameters: [flowParam, idParam],
        security: bearerAuth,
        responses: { "503": unavailable, "200": answer("The current step.", ref("StepAnswer")), "404": error("No such flow, or the token does not match.") },
      },
      post: {
        operationId: "submitStep",
        summary: "Submit the current step (or press one of its buttons)",
        parameters: [flowParam, idParam],
        security: bearerAuth,
        requestBody: { required: true, content: json(ref("Submission")) },
        responses: { "503": unavailable,
          "200": answer("The next step, the same step with errors, or the completed flow.", ref("StepAnswer")),
          "400": error("Not the JSON described, or control characters in a field."),
          "404": error("No such flow, or the token does not match."),
          "409": answer("The revision was not the current one; nothing was applied.", ref("StepAnswer")),
          "429": error("Too many attempts."),
        },
      },
    },
    "/api/sign-in": {
      post: {
        operationId: "signIn",
        summary: "Password sign-in for native apps",
        description:
          "A device the account trusts (the deviceToken of an earlier answer, trusted with Trust this device) on a network it has used is signed in at once (session cookie). Otherwise a sign-in check starts: continue it at /api/flows/sign-in-check/{id} with the token, and exchange its loginToken at POST /api/session.",
        requestBody: { required: true, content: json(ref("SignInRequest")) },
        responses: { "503": unavailable,
          "200": answer("Signed in (Set-Cookie carries the session), or a sign-in check to continue.", ref("SignInAnswer")),
          "400": error("Not the JSON described."),
          "401": error("Wrong identifier or password: the same answer whether or not the account exists."),
          "403": error("unconfirmed (confirm the email first), must_reset (reset the password), or cross_site."),
          "415": error("Not JSON."),
          "429": error("rate_limited (this network) or locked (this identifier or device; retryAt says until when)."),
        },
      },
    },
    "/api/sign-in/passkey/options": {
      post: {
        operationId: "passkeySignInOptions",
        summary: "Passkey sign-in for native apps, step 1: the WebAuthn request options",
        description:
          "Answers the options for the platform's passkey API (no account named: the authenticator offers its passkeys for this site) and the id of their challenge, which works once within five minutes. Counted per network like the sign-in page's passkey button.",
        requestBody: { required: false, content: json(ref("PasskeyOptionsRequest")) },
        responses: { "503": unavailable,
          "200": answer("The options and their challenge's id.", ref("PasskeyOptions")),
          "400": error("Not an empty JSON object."),
          "403": error("cross_site."),
          "415": error("Not JSON."),
          "429": error("rate_limited: too many options asked for from this network."),
        },
      },
    },
    "/api/sign-in/passkey": {
      post: {
        operationId: "passkeySignIn",
        summary: "Passkey sign-in for native apps, step 2: the authenticator's answer",
        description:
          "The assertion the platform's passkey API answered for the options of step 1 (WebAuthn's JSON form, base64url fields), with the challenge's id. The passkey must be registered to the account its user handle names, signed with user verification over that challenge for this site's origin and RP ID, with a signature counter that grew. A passkey counts as two factors: no sign-in check follows, the session cookie is set at once.",
        requestBody: { required: true, content: json(ref("PasskeySignInRequest")) },
        responses: { "503": unavailable,
          "200": answer("Signed in (Set-Cookie carries the session).", ref("PasskeySignInAnswer")),
          "400": error("Not the JSON described."),
          "401": error(
            "challenge_expired (unknown, used or expired challenge: ask for new options), not_verified, unknown_passkey (not registered, or removed), other_account (the user handle names another account), replayed (the signature counter did not grow), invalid_token.",
          ),
          "403": error("not_allowed (the account cannot sign in now) or cross_site."),
          "415": error("Not JSON."),
          "429": error("rate_limited: too many sign-in attempts from this network."),
        },
      },
    },
    "/api/session": {
      get: {
        operationId: "currentSession",
        summary: "Who is signed in",
        responses: { "503": unavailable, "200": answer("The account of the session cookie.", ref("Session")), "401": error("Not signed in.") },
      },
      post: {
        operationId: "exchangeLoginToken",
        summary: "Exchange a single-use login token for a session cookie",
        requestBody: {
          required: true,
          content: json({ type: "object", required: ["loginToken"], properties: { loginToken: { type: "string", minLength: 20, maxLength: 200 } } }),
        },
        responses: { "503": unavailable,
          "200": answer("Signed in (Set-Cookie).", { type: "object", required: ["signedIn"], properties: { signedIn: { const: true } } }),
          "400": error("Not the JSON described."),
          "401": error("The login token is unknown, used or expired."),
          "403": error("Cross-site requests are refused."),
          "415": error("Not JSON."),
        },
      },
    },
    "/api/newsletter/unsubscribe": {
      post: {
        operationId: "unsubscribeOneClick",
        summary: "RFC 8058 one-click unsubscribe (the List-Unsubscribe URL of every newsletter)",
        parameters: [{ name: "token", in: "query", required: true, schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: { "List-Unsubscribe": { const: "One-Click" } } } } },
        },
        responses: { "200": text("Unsubscribed."), "400": text("The body was not List-Unsubscribe=One-Click."), "404": text("The token is not valid.") },
      },
      get: {
        operationId: "unsubscribePage",
        summary: "Opening the link: goes to the page with the Unsubscribe button, changing nothing",
        parameters: [{ name: "token", in: "query", required: false, schema: { type: "string" } }],
        responses: { "303": { description: "To /newsletter/unsubscribe?token=…" } },
      },
    },
    "/api/openapi.json": {
      get: { operationId: "openApi", summary: "This document", responses: { "200": answer("OpenAPI 3.1", { type: "object", required: ["openapi", "paths"] }) } },
    },
  },
} as const;
