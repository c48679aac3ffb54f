import { describe, expect, it } from "vitest";
import { renderCaptchaSvg } from "./captcha";

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  let h = hex.replace("#", "");
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The background (the first full-size rect) and the colour of every path, read from the SVG. */
function colours(svg: string) {
  const rect = /<rect[^>]*width="100%"[^>]*height="100%"[^>]*fill="(#[0-9a-f]{3,6})"/i.exec(svg);
  const paths = [...svg.matchAll(/<path\b[^>]*>/gi)].map((m) => {
    const colour = /(?:fill|stroke)="(#[0-9a-f]{3,6})"/i.exec(m[0]);
    return colour?.[1];
  });
  return { background: rect?.[1], paths };
}

describe("the picture code", () => {
  it("draws every glyph and noise line at least 4.5:1 against its background", () => {
    for (let i = 0; i < 200; i++) {
      const { background, paths } = colours(renderCaptchaSvg("K7PX"));
      expect(background, "the picture has an opaque background").toBeTruthy();
      expect(paths.length).toBeGreaterThanOrEqual(4);
      for (const p of paths) {
        expect(p, "every path has a colour").toBeTruthy();
        expect(contrast(p!, background!)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
