import type { StepPlaceholders } from "@/lib/flows/placeholders";

/**
 * Opening a device password reset case (docs/product.md section 4), as data: pick the device the LAN
 * scan found, upload the label photo, accept the security commitment, Confirm. The server starts it
 * for a signed-in account with `account` and the `scan` results in its context.
 */
export const deviceResetCaseDefinition = {
  id: "device-reset-case",
  initial: "device",
  context: { settings: { flowTtlMs: 60 * 60_000 } },
  states: {
    device: {
      meta: {
        step: "device",
        title: "Device on LAN (SADP)",
        description: "These devices answered on your network. Select the one whose password you forgot.",
        fields: [{ name: "device", kind: "device", label: "Device", required: true }],
        submit: { event: "SELECT_DEVICE", label: "Next" },
        links: [{ label: "Scan again", href: "/tools/cases/new/reset" }],
      },
      on: { SELECT_DEVICE: { target: "photo", actions: "recordDevice" } },
    },
    photo: {
      meta: {
        step: "photo",
        title: "Photo of the device label",
        description: "Take a clear photo of the label on {device.model} showing the serial number (SerialNo {device.serial}).",
        fields: [
          {
            name: "photo",
            kind: "photo",
            label: "Label photo",
            hint: "JPEG, PNG or WebP, up to 10 MB. The serial number must be sharp and easy to read. Location and camera details are removed.",
            required: true,
          },
        ],
        submit: { event: "UPLOAD_PHOTO", label: "Next" },
        actions: [{ event: "BACK", label: "Back", validate: false, secondary: true }],
      },
      on: { UPLOAD_PHOTO: { target: "confirm", actions: "recordPhoto" }, BACK: { target: "device" } },
    },
    confirm: {
      meta: {
        step: "confirm",
        title: "Confirm your case",
        warning: "{photo.warning}",
        description: "Reset the password of {device.model}, serial {device.serial}, at {device.ipv4}. A support agent checks the photo against the device.",
        fields: [
          {
            name: "commitment",
            kind: "checkbox",
            label: "Security commitment: I own this device or am authorised to reset its password, and the information I give is true.",
            required: true,
          },
        ],
        submit: { event: "CONFIRM", label: "Confirm" },
        actions: [{ event: "CHANGE_PHOTO", label: "Upload another photo", validate: false, secondary: true }],
      },
      on: {
        CONFIRM: { guard: "readyToOpen", target: "submitted", actions: "openCase" },
        CHANGE_PHOTO: { target: "photo" },
      },
    },
    submitted: {
      type: "final",
      meta: { step: "submitted", title: "Case submitted", description: "Support will review your photo. We will tell you when there is news.", fields: [], links: [{ label: "My cases", href: "/cases" }] },
    },
  },
};

/** Placeholders each step's text may show (by `meta.step`): the device the person picked from their own scan. */
export const deviceResetCasePlaceholders: StepPlaceholders = {
  photo: ["device.model", "device.serial"],
  confirm: ["photo.warning", "device.model", "device.serial", "device.ipv4"],
};
