import type { MetadataRoute } from "next";
import { getTranslator } from "@/lib/i18n/request";

/** The web app manifest (/manifest.webmanifest): the name and icons a phone shows when the app is added to its home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const i18n = await getTranslator();
  return {
    name: "Gatehouse",
    short_name: "Gatehouse",
    description: i18n.t("wizard.manifest.description"),
    lang: i18n.locale,
    start_url: "/",
    display: "standalone",
    background_color: "#fafafa",
    theme_color: "#b91c1c",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
